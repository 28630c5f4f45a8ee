package nl.wegwijs.backend.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * HSDS ids are UUIDs; ours are slugs. A name-based (version 3) UUID of a fixed prefix plus our id is
 * the same on every export, so consumers can follow a service from one harvest to the next.
 */
final class HsdsIds {

    private HsdsIds() {}

    static String service(String entryId) {
        return of("wegwijs:service:" + entryId);
    }

    static String organization(String organisationId) {
        return of("wegwijs:organization:" + organisationId);
    }

    /** Ids of the parts of one record (phones, attributes, funding ...), stable per owner and position. */
    static String part(String owner, String kind, Object key) {
        return of("wegwijs:" + kind + ":" + owner + ":" + key);
    }

    static String of(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
