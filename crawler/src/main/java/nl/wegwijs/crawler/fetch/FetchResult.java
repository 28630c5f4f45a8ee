package nl.wegwijs.crawler.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of fetching one URL, after any redirects.
 *
 * @param requested the URL asked for
 * @param finalUrl the URL that answered (differs from {@code requested} after redirects)
 * @param redirects every hop after {@code requested}, in order
 * @param redirectStatuses the 3xx status that led to each hop, aligned with {@code redirects}
 * @param outcome how it ended
 * @param status the last HTTP status, or 0 when no response arrived
 * @param contentType the Content-Type header, if any
 * @param body the body bytes (empty unless {@link FetchOutcome#OK}), at most the size bound
 * @param truncated whether the body was cut at the size bound
 * @param validators ETag and Last-Modified of the response, for the next conditional request
 * @param contentHash SHA-256 of the body in hex, empty when there is no body
 * @param detail a human-readable reason for anything but OK
 */
public record FetchResult(
        URI requested,
        URI finalUrl,
        List<URI> redirects,
        List<Integer> redirectStatuses,
        FetchOutcome outcome,
        int status,
        @Nullable String contentType,
        byte[] body,
        boolean truncated,
        Validators validators,
        String contentHash,
        String detail) {

    public FetchResult {
        redirects = List.copyOf(redirects);
        redirectStatuses = List.copyOf(redirectStatuses);
    }

    /** The body decoded with the charset named by the header, a BOM or a meta tag (see {@link CharsetSniffer}). */
    public String text() {
        Charset charset = CharsetSniffer.detect(contentType, body);
        return new String(body, charset);
    }

    public boolean isOk() {
        return outcome == FetchOutcome.OK;
    }

    /** The redirect target we stopped at, if the chain ended in a 3xx. */
    public @Nullable URI lastRedirect() {
        return redirects.isEmpty() ? null : redirects.getLast();
    }

    /** Whether every redirect on the way was permanent (301, 308): the link should be updated. */
    public boolean movedPermanently() {
        return !redirectStatuses.isEmpty() && redirectStatuses.stream().allMatch(s -> s == 301 || s == 308);
    }

    static FetchResult failure(URI requested, URI finalUrl, List<URI> redirects, List<Integer> statuses,
            FetchOutcome outcome, int status, String detail) {
        return new FetchResult(requested, finalUrl, redirects, statuses, outcome, status, null, new byte[0], false, Validators.NONE, "", detail);
    }
}
