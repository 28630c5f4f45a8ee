package nl.wegwijs.backend.guide;

/** What the family needs now, in the words of the guide; each names the search that finds helpful entries. */
public enum Situation {
    /** Nursing or personal care at home (kinderthuiszorg). */
    VERPLEGING_THUIS("kinderthuiszorg"),
    /** The child always needs someone close by, day and night, for life. */
    TOEZICHT("wet langdurige zorg"),
    /** The parents need a break: logeren, oppas. */
    RUST("logeren"),
    /** Support or guidance for the child or the family (begeleiding, dagbesteding). */
    BEGELEIDING("begeleiding"),
    /** School, extra support at school, transport to school. */
    SCHOOL("passend onderwijs"),
    /** Aids, housing adaptations, transport. */
    HULPMIDDELEN("hulpmiddelen"),
    /** Money: pgb, extra costs, allowances. */
    GELD("pgb");

    private final String searchText;

    Situation(String searchText) {
        this.searchText = searchText;
    }

    public String searchText() {
        return searchText;
    }
}
