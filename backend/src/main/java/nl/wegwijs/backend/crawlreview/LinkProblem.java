package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A published entry whose website needs an editor, as of the latest link check.
 *
 * @param url the website as the entry has it
 * @param httpStatus the answer's status for {@link Kind#BROKEN}
 * @param newUrl where a {@link Kind#MOVED} link now lives (permanent redirects only)
 * @param detail why an {@link Kind#UNREACHABLE} link got no usable answer
 */
public record LinkProblem(String entryId, String entryName, String url, Kind kind, @Nullable Integer httpStatus,
        @Nullable String newUrl, @Nullable String detail, Instant checkedAt) {

    public enum Kind {
        /** 4xx or 5xx. */
        BROKEN,
        /** Permanently redirected (301, 308): the entry should get the new URL. */
        MOVED,
        /** No answer: DNS, connection, timeout, redirect loop, refused address, or not a URL at all. */
        UNREACHABLE
    }
}
