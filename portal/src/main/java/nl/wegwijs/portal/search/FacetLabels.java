package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Component;
import java.util.Set;

/** Facet values as a parent reads them: coded values through the bundle, catalogue tags as they are. */
final class FacetLabels {

    private static final Set<String> CODED = Set.of("kind", "funding", "for", "access", "setting");

    private FacetLabels() {}

    static String label(Component c, String dim, String value) {
        if (dim.equals("condition")) {
            // The editors' list has words in the bundle; conditions imported as free text show as they are.
            String words = c.getTranslation("condition." + value);
            return words.startsWith("!") ? value : words;
        }
        return CODED.contains(dim) ? c.getTranslation(dim.equals("kind") ? "kind." + value : "facet." + dim + "." + value) : value;
    }
}
