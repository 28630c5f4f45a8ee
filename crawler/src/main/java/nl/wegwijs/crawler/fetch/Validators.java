package nl.wegwijs.crawler.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What a previous fetch told us about a resource, sent back as a conditional request (RFC 9110 §13.1).
 *
 * @param etag the entity tag, sent as If-None-Match
 * @param lastModified the Last-Modified value verbatim, sent as If-Modified-Since
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
