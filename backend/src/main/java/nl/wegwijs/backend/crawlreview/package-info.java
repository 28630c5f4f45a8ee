/**
 * Crawl review: editors' crawl sources, their runs (by hand and on a schedule), matching crawled entries against
 * the catalogue, and the link check; everything found becomes a proposal in the editorial review queue, never a
 * published change.
 */
@NullMarked
package nl.wegwijs.backend.crawlreview;

import org.jspecify.annotations.NullMarked;
