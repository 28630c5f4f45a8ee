package nl.wegwijs.crawler;

import java.net.URI;

/** The state of one published link. */
public sealed interface LinkStatus {

    /** Answered 2xx, directly or after temporary redirects only. */
    record Ok(int status) implements LinkStatus {}

    /** Answered 4xx or 5xx; the link needs an editor. */
    record Broken(int status) implements LinkStatus {}

    /** Only permanent redirects (301, 308) to a working page: the link should be updated to {@code newUrl}. */
    record Moved(URI newUrl) implements LinkStatus {}

    /** No usable answer: DNS, connection, timeout, redirect loop or refused address. */
    record Unreachable(String reason) implements LinkStatus {}
}
