/**
 * Public API of the Wegwijs crawler: settings, a crawl request, the {@link nl.wegwijs.crawler.Crawler} that
 * streams extracted entries to a listener, a scheduled-use {@link nl.wegwijs.crawler.LinkChecker}, and
 * normalisation helpers for matchers; the feature sub-packages are implementation details.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.crawler;
