package nl.wegwijs.backend.confirmation;

import java.time.Instant;
import nl.wegwijs.backend.catalogue.EntryDetails;

/** What the provider sees behind a valid link: the entry as stored, and until when the link works. */
public record ConfirmationPage(EntryDetails entry, Instant linkExpiresAt) {}
