package nl.wegwijs.backend.catalogue;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published catalogue for the API, the portal and the search index. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final EntryRepository entries;
    private final EntityManager entityManager;

    CatalogueService(EntryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    public EntryDetails published(String id) {
        return entries.findByIdAndStatus(id, EntryStatus.PUBLISHED)
                .map(EntryDetails::of)
                .orElseThrow(() -> new EntryNotFoundException(id));
    }

    public Optional<EntryDetails> findPublished(String id) {
        return entries.findByIdAndStatus(id, EntryStatus.PUBLISHED).map(EntryDetails::of);
    }

    /** An entry whatever its status, as the public page would show it: for the editors' preview of a draft. */
    public Optional<EntryDetails> details(String id) {
        return entries.findById(id).map(EntryDetails::of);
    }

    /** Hands the entry (published or not) to the consumer inside this transaction, so lazy fields load. */
    public <T> Optional<T> withEntry(String id, java.util.function.Function<Entry, T> reader) {
        return entries.findById(id).map(reader);
    }

    /**
     * Walks every published entry in id order, one page at a time; the persistence context is cleared
     * after each page so a large catalogue does not pile up in memory.
     */
    public void forEachPublished(int pageSize, Consumer<Entry> consumer) {
        PageRequest page = PageRequest.of(0, pageSize);
        Slice<Entry> slice;
        do {
            slice = entries.findByStatusOrderById(EntryStatus.PUBLISHED, page);
            slice.forEach(consumer);
            entityManager.clear();
            page = page.next();
        } while (slice.hasNext());
    }

    /** The published entries among {@code ids}, in the order of {@code ids} (for result cards and lists). */
    public java.util.List<EntryDetails> publishedIn(java.util.Collection<String> ids) {
        java.util.Map<String, EntryDetails> found = new java.util.HashMap<>();
        entries.findAllById(ids).stream().filter(Entry::isPublished)
                .forEach(e -> found.put(e.getId(), EntryDetails.of(e)));
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public CatalogueStamp stamp() {
        return new CatalogueStamp(entries.countByStatus(EntryStatus.PUBLISHED),
                entries.lastUpdate(EntryStatus.PUBLISHED), entries.versionSum(EntryStatus.PUBLISHED));
    }

    public long publishedCount() {
        return entries.countByStatus(EntryStatus.PUBLISHED);
    }
}
