package nl.wegwijs.backend.searching;

/**
 * Published after every search, synchronously on the searching thread, so that listeners (the
 * editors' "searches that found nothing" dashboard) can count queries. Carries the text as typed
 * and nothing about who searched; listeners must stay cheap.
 *
 * @param text the query as typed (may be blank)
 * @param filtered whether facet filters or a place narrowed the search
 * @param total how many entries matched
 */
public record SearchAnswered(String text, boolean filtered, long total) {}
