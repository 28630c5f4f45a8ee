/**
 * A thin, cached wrapper around crawler-commons' robots.txt and sitemap parsers that applies RFC 9309's
 * status-code rules and our Crawl-delay limit; internal to the crawler.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.crawler.robots;
