package nl.wegwijs.crawler.extract;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one page yielded.
 *
 * @param candidates provisions found on the page
 * @param links absolute link targets in document order, not yet normalised or scoped
 * @param canonical the page's {@code rel=canonical} URL, if any
 * @param noindex the page asks not to be indexed ({@code <meta name="robots" content="noindex">}): no candidates
 * @param nofollow the page asks that its links are not followed: no links
 */
public record PageExtraction(List<Candidate> candidates, List<String> links, @Nullable URI canonical, boolean noindex,
        boolean nofollow) {

    public PageExtraction {
        candidates = List.copyOf(candidates);
        links = List.copyOf(links);
    }
}
