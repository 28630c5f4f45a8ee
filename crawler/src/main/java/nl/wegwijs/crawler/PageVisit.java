package nl.wegwijs.crawler;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Progress: one URL was handled.
 *
 * @param finalUrl where redirects ended (equals {@code url} without redirects)
 * @param status last HTTP status, 0 when nothing was received or requested
 * @param bytes body bytes read
 * @param truncated the body was cut at the size limit
 * @param validators to store for the next crawl's conditional request
 * @param pagesFetched page fetches so far in this crawl
 * @param queued URLs still waiting
 */
public record PageVisit(URI url, URI finalUrl, int depth, VisitOutcome outcome, int status, @Nullable String contentType,
        int bytes, boolean truncated, PageValidators validators, int entries, int pagesFetched, int queued,
        String detail) {}
