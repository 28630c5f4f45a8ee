package nl.wegwijs.backend.interop;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.CatalogueReloaded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes checked records in ONE transaction: a failure or a crash (kill -9) half-way leaves nothing
 * behind, because PostgreSQL rolls back what was never committed. The persistence context is flushed
 * and cleared every {@value #CHUNK} records, so a large file does not pile up in memory; the search
 * index rebuilds once, after the commit ({@link CatalogueReloaded}).
 */
@Service
class BatchImport {

    static final int CHUNK = 200;

    private final EntryImportWriter writer;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BatchImport(EntryImportWriter writer, EntityManager em, ApplicationEventPublisher events, Clock clock) {
        this.writer = writer;
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> ids) {
        return ids.stream().filter(writer::exists).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Set<String> unknownCategories(Collection<String> names) {
        return names.stream().filter(n -> !writer.categoryExists(n)).collect(Collectors.toSet());
    }

    /** @param progress told the number of records written after each chunk reached the database */
    @Transactional
    public int write(List<ImportedEntry> records, String source, IntConsumer progress) {
        Instant now = clock.instant();
        int written = 0;
        for (ImportedEntry record : records) {
            writer.write(record, source, now);
            if (++written % CHUNK == 0) {
                em.flush();
                em.clear();
                progress.accept(written);
            }
        }
        em.flush();
        progress.accept(written);
        if (written > 0) events.publishEvent(new CatalogueReloaded(written));
        return written;
    }
}
