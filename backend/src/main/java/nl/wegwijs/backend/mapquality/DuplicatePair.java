package nl.wegwijs.backend.mapquality;

/**
 * Two published entries that probably describe the same provision: they share a website, phone number or
 * postcode and their names are alike.
 *
 * @param shared the normalised value they share (host and path, digits, or postcode)
 * @param similarity how alike the names are, from 0.6 to 1
 */
public record DuplicatePair(EntryLine first, EntryLine second, Reason reason, String shared, double similarity) {

    public enum Reason { WEBSITE, PHONE, POSTCODE }
}
