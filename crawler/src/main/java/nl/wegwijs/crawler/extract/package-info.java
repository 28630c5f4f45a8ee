/**
 * Turns one HTML page into candidate entries: schema.org JSON-LD and microdata first, otherwise the main
 * content scanned for Dutch postcodes, phone numbers, e-mail addresses and places, with guessed categories.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.crawler.extract;
