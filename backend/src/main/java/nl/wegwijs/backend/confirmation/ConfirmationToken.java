package nl.wegwijs.backend.confirmation;

import java.time.Instant;

/** What a valid confirmation link says: which entry, and until when the link works. */
public record ConfirmationToken(String entryId, Instant expiresAt) {}
