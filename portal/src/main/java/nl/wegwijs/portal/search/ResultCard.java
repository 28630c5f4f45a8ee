package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.index.SearchHit;
import org.jspecify.annotations.Nullable;

/** One search result: name (a link to its page), kind, place, for whom, who pays and a highlighted snippet. */
class ResultCard {

    private ResultCard() {}

    /** Looks up a text in the page's language, as {@code Component.getTranslation} does. */
    @FunctionalInterface
    interface Texts {
        String getTranslation(String key, Object... params);
    }

    /** The card as one Html component: name (a link to its page), facts, and the highlighted snippet. */
    static Html of(SearchHit hit, @Nullable EntryDetails details, Texts i18n) {
        return new Html(html(hit, details, i18n));
    }

    /** The card's markup; every value is escaped. The server also sends it in the first HTML (ServedResults). */
    static String html(SearchHit hit, @Nullable EntryDetails details, Texts i18n) {
        List<String> facts = new ArrayList<>();
        facts.add(i18n.getTranslation("kind." + hit.kind()));
        facts.add(place(hit, details));
        if (details != null) {
            facts.add(forWhom(details, i18n));
            facts.add(details.funding().stream().map(f -> i18n.getTranslation("facet.funding." + f.route().code()))
                    .distinct().collect(Collectors.joining(", ")));
        }
        if (hit.distanceKm() != null) {
            facts.add(i18n.getTranslation("search.distance", Math.round(hit.distanceKm())));
        }
        StringBuilder html = new StringBuilder("<div class=\"wegwijs-card\"><h3>")
                .append(Markup.link("aanbod/" + hit.id(), Markup.text(hit.name()), "")).append("</h3><div class=\"wegwijs-meta\">");
        facts.stream().filter(f -> !f.isBlank()).forEach(f -> html.append("<span class=\"wegwijs-kind\">").append(Markup.text(f)).append("</span>"));
        html.append("</div><p>").append(hit.snippet().isBlank() ? Markup.text(hit.summary())
                : "<span class=\"wegwijs-snippet\">" + Markup.snippet(hit.snippet()) + "</span>").append("</p></div>");
        return html.toString();
    }

    private static String place(SearchHit hit, @Nullable EntryDetails details) {
        if (details != null) {
            String cities = details.places().stream().map(p -> p.city() != null ? p.city() : p.municipality())
                    .filter(c -> c != null && !c.isBlank()).distinct().limit(3).collect(Collectors.joining(", "));
            if (!cities.isEmpty()) return cities;
        }
        return hit.region().equals("niet vermeld") ? "" : hit.region();
    }

    private static String forWhom(EntryDetails d, Texts i18n) {
        String who = d.forWhom().stream().map(w -> i18n.getTranslation("facet.for." + w)).collect(Collectors.joining(", "));
        Integer min = d.eligibility().ageMin();
        Integer max = d.eligibility().ageMax();
        String ages = min == null && max == null ? ""
                : i18n.getTranslation("search.ages", min == null ? 0 : min, max == null ? "…" : max.toString());
        return who.isEmpty() ? ages : ages.isEmpty() ? who : who + " · " + ages;
    }
}
