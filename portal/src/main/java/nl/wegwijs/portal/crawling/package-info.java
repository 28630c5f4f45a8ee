/**
 * The editors' crawl screens under /redactie/bronnen and /redactie/links: sources, "crawl now", progress, run
 * history with counts and log, and the broken or moved links of published entries.
 */
@NullMarked
package nl.wegwijs.portal.crawling;

import org.jspecify.annotations.NullMarked;
