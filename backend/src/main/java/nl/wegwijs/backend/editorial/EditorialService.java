package nl.wegwijs.backend.editorial;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.EntryChanged;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import nl.wegwijs.backend.catalogue.EntryStatus;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' changes to the catalogue. Every change checks the version the editor started from (no silent
 * overwrite), writes a revision, and publishes {@link EntryChanged} so the search index follows.
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class EditorialService {

    private final EntityManager em;
    private final EntryWriter writer;
    private final Revisions revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditorialService(EntityManager em, EntryWriter writer, Revisions revisions, ApplicationEventPublisher events, Clock clock) {
        this.em = em;
        this.writer = writer;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<EntryRow> entries(String filter, Pageable page) {
        String like = "%" + filter.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
        List<EntryRow> rows = em.createQuery("select e from Entry e where lower(e.name) like :q or e.id like :q "
                        + "order by e.name", Entry.class)
                .setParameter("q", like).setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultStream().map(e -> new EntryRow(e.getId(), e.getName(), e.getKind().code(), e.getStatus(),
                        e.getRegion(), e.getUpdatedAt())).toList();
        long total = em.createQuery("select count(e) from Entry e where lower(e.name) like :q or e.id like :q", Long.class)
                .setParameter("q", like).getSingleResult();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public EntryDraft load(String id) {
        return draft(find(id));
    }

    public EntryDraft create(Map<String, @Nullable String> fields) {
        EntryWriter.validate(fields);
        Entry entry = new Entry(freeId(Objects.requireNonNull(fields.get("name"))), fields.get("name"),
                Kind.fromCode(Objects.requireNonNullElse(EntryWriter.blankToNull(fields.get("kind")), "provision")),
                "editor", clock.instant());
        em.persist(entry);
        writer.write(entry, fields);
        return changed(entry, "CREATED");
    }

    /** @throws EditConflictException when the entry changed since {@code expectedVersion} */
    public EntryDraft save(String id, long expectedVersion, Map<String, @Nullable String> fields) {
        Entry entry = current(id, expectedVersion, fields);
        writer.write(entry, fields);
        return changed(entry, "EDITED");
    }

    public EntryDraft publish(String id, long expectedVersion) {
        Entry entry = current(id, expectedVersion, Map.of());
        entry.publish();
        return changed(entry, "PUBLISHED");
    }

    /** Deleting is archiving: the entry leaves the public site and the index, its history stays. */
    public EntryDraft archive(String id, long expectedVersion) {
        Entry entry = current(id, expectedVersion, Map.of());
        entry.archive();
        return changed(entry, "ARCHIVED");
    }

    /** Brings an archived entry back as a draft, to be checked and published again. */
    public EntryDraft restore(String id, long expectedVersion) {
        Entry entry = current(id, expectedVersion, Map.of());
        entry.toDraft();
        return changed(entry, "RESTORED");
    }

    @Transactional(readOnly = true)
    public List<RevisionView> history(String id) {
        return revisions.history(id);
    }

    /** Writes the fields of an earlier revision back as a new revision; nothing in the history is lost. */
    public EntryDraft restoreRevision(String id, int number, long expectedVersion) {
        Entry entry = current(id, expectedVersion, Map.of());
        writer.write(entry, revisions.fieldsOf(id, number));
        return changed(entry, "RESTORED");
    }

    /**
     * The entry's provider says it is still right: last verified becomes today, with a CONFIRMED revision by
     * the provider. Only a valid signed confirmation link grants the PROVIDER role (the confirmation feature).
     * Idempotent: confirming again on the same day writes nothing.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public EntryDraft confirmByProvider(String id) {
        Entry entry = find(id);
        if (!entry.isPublished()) throw new EntryNotFoundException(id);
        LocalDate today = LocalDate.now(clock);
        if (today.equals(entry.getLastVerifiedOn())) return draft(entry);
        entry.setLastVerifiedOn(today);
        return changed(entry, "CONFIRMED");
    }

    EntryDraft applyAccepted(@Nullable String entryId, Map<String, @Nullable String> fields) {
        if (entryId == null) return create(fields);
        Entry entry = find(entryId);
        writer.write(entry, fields);
        return changed(entry, "ACCEPTED");
    }

    private Entry current(String id, long expectedVersion, Map<String, @Nullable String> mine) {
        Entry entry = find(id);
        if (entry.getVersion() != expectedVersion) {
            EntryDraft now = draft(entry);
            // The fields where what is stored now differs from what this editor wants to store.
            List<String> differing = mine.keySet().stream()
                    .filter(f -> !Objects.equals(EntryWriter.blankToNull(mine.get(f)), now.fields().get(f))).toList();
            throw new EditConflictException(now, differing);
        }
        return entry;
    }

    private EntryDraft changed(Entry entry, String action) {
        entry.touch(clock.instant());
        em.flush();
        revisions.record(entry, action);
        events.publishEvent(new EntryChanged(entry.getId()));
        return draft(entry);
    }

    private Entry find(String id) {
        Entry entry = em.find(Entry.class, id);
        if (entry == null) throw new EntryNotFoundException(id);
        return entry;
    }

    private String freeId(String name) {
        String base = TaxonomyTerm.slug(name);
        if (base.isEmpty()) base = "aanbod";
        if (base.length() > 90) base = base.substring(0, 90);
        String id = base;
        for (int i = 2; em.find(Entry.class, id) != null; i++) id = base + "-" + i;
        return id;
    }

    private static EntryDraft draft(Entry e) {
        return new EntryDraft(e.getId(), e.getStatus(), e.getVersion(), EntryFields.read(e));
    }
}
