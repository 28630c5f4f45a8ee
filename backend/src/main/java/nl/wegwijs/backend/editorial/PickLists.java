package nl.wegwijs.backend.editorial;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.TargetConditions;
import nl.wegwijs.backend.region.Gazetteer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists the entry form offers instead of free text: the categories (taxonomy terms) that exist, the
 * regions and municipalities of the gazetteer, the target groups and the target conditions.
 * {@link EntryWriter} refuses anything outside them.
 */
@Service
@Transactional(readOnly = true)
public class PickLists {

    /**
     * What the entry form may choose from. {@code forWhom} and {@code targetConditions} are codes; the portal's
     * bundles have their words ({@code facet.for.kind}, {@code condition.emb}).
     */
    public record Options(List<String> categories, List<String> regions, List<String> municipalities,
            List<String> forWhom, List<String> targetConditions) {}

    private final EntityManager em;
    private final Gazetteer gazetteer;

    PickLists(EntityManager em, Gazetteer gazetteer) {
        this.em = em;
        this.gazetteer = gazetteer;
    }

    public Options forEntryForm() {
        List<String> categories = em.createQuery("select t.name from TaxonomyTerm t order by t.name", String.class)
                .getResultList();
        return new Options(categories, gazetteer.regions(), gazetteer.municipalities(),
                Arrays.stream(ForWhom.values()).map(EntryFields::code).toList(), TargetConditions.CODES);
    }
}
