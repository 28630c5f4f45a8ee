package nl.wegwijs.crawler;

import org.jspecify.annotations.Nullable;

/**
 * What the backend stores per page to make the next crawl cheap.
 *
 * @param etag ETag response header
 * @param lastModified Last-Modified response header, verbatim
 * @param contentHash SHA-256 of the body in hex; an unchanged hash means the page's entries are unchanged
 */
public record PageValidators(@Nullable String etag, @Nullable String lastModified, @Nullable String contentHash) {

    public static final PageValidators NONE = new PageValidators(null, null, null);
}
