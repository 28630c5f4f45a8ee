/**
 * Bounded HTTP fetching (timeouts, body size, manual redirects, private-address refusal, conditional
 * requests, charset detection); internal to the crawler, use the root package from other modules.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.crawler.fetch;
