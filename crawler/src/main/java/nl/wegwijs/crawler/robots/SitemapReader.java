package nl.wegwijs.crawler.robots;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.crawler.fetch.FetchResult;
import nl.wegwijs.crawler.fetch.Fetcher;

/** Reads page URLs from sitemaps and sitemap indexes with crawler-commons' {@link SiteMapParser}. */
public final class SitemapReader {

    private static final int MAX_SITEMAP_FILES = 10;

    private final Fetcher fetcher;
    // Not strict: providers often list pages outside the sitemap's own directory; scope is checked later anyway.
    private final SiteMapParser parser = new SiteMapParser(false);

    public SitemapReader(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Up to {@code maxUrls} page URLs; unreadable sitemaps are skipped, never fatal. */
    public List<URI> pageUrls(URI sitemap, int maxUrls) {
        List<URI> pages = new ArrayList<>();
        List<URI> pending = new ArrayList<>(List.of(sitemap));
        int files = 0;
        while (!pending.isEmpty() && files < MAX_SITEMAP_FILES && pages.size() < maxUrls) {
            URI next = pending.removeFirst();
            files++;
            FetchResult result = fetcher.fetch(next);
            if (!result.isOk()) {
                continue;
            }
            try {
                AbstractSiteMap map = parser.parseSiteMap(result.contentType() == null ? "text/xml" : result.contentType(),
                        result.body(), result.finalUrl().toURL());
                if (map instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                        pending.add(child.getUrl().toURI());
                    }
                } else if (map instanceof SiteMap plain) {
                    for (SiteMapURL url : plain.getSiteMapUrls()) {
                        if (pages.size() < maxUrls) {
                            pages.add(url.getUrl().toURI());
                        }
                    }
                }
            } catch (UnknownFormatException | IOException | URISyntaxException | IllegalArgumentException e) {
                // A broken sitemap only costs us its hints; links on pages still lead to the same content.
            }
        }
        return pages;
    }
}
