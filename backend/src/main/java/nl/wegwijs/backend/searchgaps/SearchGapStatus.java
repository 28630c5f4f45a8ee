package nl.wegwijs.backend.searchgaps;

import java.util.Set;

/** Where an editor is with a search that found nothing. */
public enum SearchGapStatus {
    /** Nobody has looked at it yet. */
    OPEN,
    /** An editor gave the existing words it means; search uses them at once (and stops on reopening). */
    SYNONYM,
    /** An editor made it a task to find the missing provision. */
    FIND_PROVISION,
    /** Not worth a task (a typo, a test, nonsense). */
    IGNORED,
    /** The synonym was added or the provision was found. */
    DONE;

    /** A decision can be reopened, a task finished or reopened; finishing needs a task first. */
    boolean canBecome(SearchGapStatus next) {
        return switch (this) {
            case OPEN -> Set.of(SYNONYM, FIND_PROVISION, IGNORED).contains(next);
            case SYNONYM, FIND_PROVISION -> Set.of(DONE, OPEN).contains(next);
            case IGNORED, DONE -> next == OPEN;
        };
    }
}
