package nl.wegwijs.backend.interop;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.EntryStatus;
import nl.wegwijs.backend.catalogue.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published catalogue as HSDS 3.0, in the HSDS API's page shape. Only published entries and the
 * organisations behind them are exported. A record is found by its HSDS UUID or by our own id.
 */
@Service
@Transactional(readOnly = true)
public class HsdsExport {

    static final int MAX_PER_PAGE = 500;

    private final EntityManager em;

    HsdsExport(EntityManager em) {
        this.em = em;
    }

    /** @param page from 1, as in the HSDS API */
    public ObjectNode services(int page, int perPage) {
        long total = em.createQuery("select count(e) from Entry e where e.status = :s", Long.class)
                .setParameter("s", EntryStatus.PUBLISHED).getSingleResult();
        List<Entry> entries = em.createQuery("select e from Entry e where e.status = :s order by e.id", Entry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setFirstResult(offset(page, perPage)).setMaxResults(size(perPage))
                .getResultList();
        return page(total, page, perPage, entries, HsdsWriter::service);
    }

    public Optional<ObjectNode> service(String id) {
        return entryId(id).map(entryId -> em.find(Entry.class, entryId)).filter(Entry::isPublished).map(HsdsWriter::service);
    }

    public ObjectNode organizations(int page, int perPage) {
        long total = em.createQuery("select count(distinct o) from Entry e join e.organisation o where e.status = :s",
                Long.class).setParameter("s", EntryStatus.PUBLISHED).getSingleResult();
        List<Organisation> orgs = em.createQuery("select distinct o from Entry e join e.organisation o "
                        + "where e.status = :s order by o.id", Organisation.class)
                .setParameter("s", EntryStatus.PUBLISHED).setFirstResult(offset(page, perPage)).setMaxResults(size(perPage))
                .getResultList();
        return page(total, page, perPage, orgs, HsdsWriter::organization);
    }

    public Optional<ObjectNode> organization(String id) {
        return em.createQuery("select distinct o from Entry e join e.organisation o where e.status = :s", Organisation.class)
                .setParameter("s", EntryStatus.PUBLISHED).getResultStream()
                .filter(o -> o.getId().equals(id) || HsdsIds.organization(o.getId()).equals(id))
                .findFirst().map(HsdsWriter::organization);
    }

    /** Our id, or the published entry whose derived HSDS UUID this is (UUIDs are one-way, so we compare). */
    private Optional<String> entryId(String id) {
        if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) return Optional.of(id);
        return em.createQuery("select e.id from Entry e where e.status = :s", String.class)
                .setParameter("s", EntryStatus.PUBLISHED).getResultStream()
                .filter(entryId -> HsdsIds.service(entryId).equals(id) || entryId.equals(id)).findFirst();
    }

    private static <T> ObjectNode page(long total, int page, int perPage, List<T> items, Function<T, ObjectNode> writer) {
        int size = size(perPage);
        int pages = (int) ((total + size - 1) / size);
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("total_items", total);
        n.put("total_pages", pages);
        n.put("page_number", Math.max(1, page));
        n.put("size", items.size());
        n.put("first_page", Math.max(1, page) == 1);
        n.put("last_page", Math.max(1, page) >= pages);
        n.put("empty", items.isEmpty());
        items.forEach(item -> n.withArray("contents").add(writer.apply(item)));
        if (items.isEmpty()) n.putArray("contents");
        return n;
    }

    private static int offset(int page, int perPage) {
        return (Math.max(1, page) - 1) * size(perPage);
    }

    private static int size(int perPage) {
        return Math.min(MAX_PER_PAGE, Math.max(1, perPage));
    }
}
