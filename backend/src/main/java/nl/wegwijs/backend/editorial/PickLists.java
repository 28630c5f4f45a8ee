package nl.wegwijs.backend.editorial;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijs.backend.region.Gazetteer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists the entry form offers instead of free text: the categories (taxonomy terms) that exist, and the
 * regions and municipalities of the gazetteer. {@link EntryWriter} refuses anything outside them.
 */
@Service
@Transactional(readOnly = true)
public class PickLists {

    /** What the entry form may choose from. */
    public record Options(List<String> categories, List<String> regions, List<String> municipalities) {}

    private final EntityManager em;
    private final Gazetteer gazetteer;

    PickLists(EntityManager em, Gazetteer gazetteer) {
        this.em = em;
        this.gazetteer = gazetteer;
    }

    public Options forEntryForm() {
        List<String> categories = em.createQuery("select t.name from TaxonomyTerm t order by t.name", String.class)
                .getResultList();
        return new Options(categories, gazetteer.regions(), gazetteer.municipalities());
    }
}
