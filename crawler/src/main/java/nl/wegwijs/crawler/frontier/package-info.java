/**
 * The URL frontier: normalisation, de-duplication, scope, depth, crawler-trap detection and per-host
 * politeness slots; internal to the crawler.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.crawler.frontier;
