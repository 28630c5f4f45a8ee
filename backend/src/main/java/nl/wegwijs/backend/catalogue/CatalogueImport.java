package nl.wegwijs.backend.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a JSON-lines catalogue file in one transaction: all lines or none, so a crash mid-import
 * leaves nothing half-written. A file already imported (same content hash) is skipped, and ids that
 * already exist are never overwritten.
 */
@Service
@Transactional
class CatalogueImport {

    private final EntryRepository entries;
    private final CatalogueImportRepository imports;
    private final DemoEntryFactory factory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogueImport(EntryRepository entries, CatalogueImportRepository imports, DemoEntryFactory factory,
            ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.imports = imports;
        this.factory = factory;
        this.events = events;
        this.clock = clock;
    }

    /** @return the number of entries created */
    public int importJsonLines(String source, byte[] content) {
        String hash = sha256(content);
        if (imports.existsBySourceAndContentHash(source, hash)) {
            return 0;
        }
        Instant now = clock.instant();
        int created = 0;
        int lineNumber = 0;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            DemoRecord record = parse(line, lineNumber);
            if (!entries.existsById(record.id())) {
                entries.save(factory.create(record, now));
                created++;
            }
        }
        imports.save(new CatalogueImportRecord(source, hash, created, now));
        if (created > 0) {
            events.publishEvent(new CatalogueReloaded(created));
        }
        return created;
    }

    private DemoRecord parse(String line, int lineNumber) {
        try {
            return json.readValue(line, DemoRecord.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Line " + lineNumber + " is not a valid catalogue record: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
