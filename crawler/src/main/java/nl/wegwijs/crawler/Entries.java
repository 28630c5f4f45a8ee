package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import nl.wegwijs.crawler.extract.Candidate;

/** Turns extractor candidates into public entries, and knows when two are the same entry. */
final class Entries {

    private Entries() {}

    static ExtractedEntry toEntry(Candidate c, URI page, Instant fetchedAt) {
        Candidate.PostalAddress a = c.address();
        ExtractedEntry.Address address = a == null ? null
                : new ExtractedEntry.Address(a.street(), a.postcode(), a.place(), a.municipality());
        return new ExtractedEntry(c.name(), c.description(), c.url(), c.phones(), c.emails(), address, c.openingHours(),
                c.startDate(), c.categories(), c.schemaType(), c.source().name(), page, fetchedAt);
    }

    /**
     * Site templates repeat the same Organization block on every page; within one crawl it is reported once.
     * Page-text entries are per page, so their key includes the page.
     */
    static String identity(Candidate c, URI page) {
        String postcode = c.address() == null || c.address().postcode() == null ? "" : c.address().postcode();
        String where = c.source() == Candidate.Source.PAGE_TEXT ? page.toString() : String.valueOf(c.url());
        return String.join("|", c.schemaType(), c.name().toLowerCase(Locale.ROOT), where, postcode,
                String.valueOf(c.startDate()));
    }
}
