package nl.wegwijs.crawler;

/**
 * Receives a crawl's results as they happen, on the crawling thread. Keep callbacks quick; hand heavy work to
 * another thread. Returning {@code true} from {@link #cancelRequested()} (or interrupting the thread) stops the
 * crawl after the current page.
 */
public interface CrawlListener {

    CrawlListener NONE = new CrawlListener() {};

    default void onEntry(ExtractedEntry entry) {}

    default void onPage(PageVisit visit) {}

    default void onProblem(CrawlProblem problem) {}

    default boolean cancelRequested() {
        return false;
    }
}
