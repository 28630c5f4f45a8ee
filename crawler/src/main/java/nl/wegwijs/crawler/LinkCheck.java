package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Instant;

/** The result of checking one link. */
public record LinkCheck(URI url, LinkStatus status, Instant checkedAt) {}
