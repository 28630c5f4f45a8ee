package nl.wegwijs.crawler.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every single fetch obeys.
 *
 * @param userAgent sent on every request; should contain a contact URL so site owners can reach us
 * @param connectTimeout TCP/TLS connect limit
 * @param pageTimeout whole-response limit, headers and body together
 * @param maxBodyBytes bodies are cut here, the rest is never read
 * @param maxRedirects hops followed before giving up (RFC 9110 §15.4 leaves the limit to the client)
 * @param allowLocal whether loopback and private addresses may be fetched (only for tests and intranets)
 */
public record FetchBounds(
        String userAgent,
        Duration connectTimeout,
        Duration pageTimeout,
        int maxBodyBytes,
        int maxRedirects,
        boolean allowLocal) {

    public FetchBounds {
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBodyBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive and maxRedirects not negative");
        }
    }
}
