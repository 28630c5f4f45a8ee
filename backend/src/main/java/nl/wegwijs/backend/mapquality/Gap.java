package nl.wegwijs.backend.mapquality;

/**
 * What is missing from a published entry. Each gap is one SQL condition on {@code entry e}, so the count
 * and the list always agree.
 */
public enum Gap {
    /** Last verified more than 12 months ago, or never (issue 5: "entries not verified for 12 months"). */
    NOT_VERIFIED("(e.last_verified_on is null or e.last_verified_on < :before)",
            "e.last_verified_on nulls first, lower(e.name)"),
    /**
     * No region and no place with a municipality or city. "niet vermeld" and "onbekend" are how the source
     * documents say there is none; "landelijk" is a real answer and counts as a region.
     */
    NO_REGION("""
            (e.region is null or trim(e.region) = '' or lower(trim(e.region)) in ('niet vermeld', 'onbekend'))
            and not exists (select 1 from location l where l.entry_id = e.id
                and coalesce(nullif(trim(l.municipality), ''), nullif(trim(l.city), '')) is not null)""",
            "lower(e.name)"),
    NO_CATEGORY("not exists (select 1 from entry_category c where c.entry_id = e.id)", "lower(e.name)"),
    /**
     * Only provisions and respite care: there a family has to know who pays. Knowledge, websites, tools and
     * regulations have no funding route to fill in.
     */
    NO_FUNDING("e.kind in ('provision', 'respite_care') and not exists (select 1 from entry_funding f where f.entry_id = e.id)",
            "lower(e.name)");

    final String condition;
    final String order;

    Gap(String condition, String order) {
        this.condition = condition;
        this.order = order;
    }
}
