package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.portal.entry.EntryView;
import org.jspecify.annotations.Nullable;

/** One search result: name (a link to its page), kind, place, for whom, who pays and a highlighted snippet. */
class ResultCard extends Div {

    ResultCard(SearchHit hit, @Nullable EntryDetails details) {
        addClassName("wegwijs-card");
        RouterLink link = new RouterLink(hit.name(), EntryView.class, new RouteParameters("id", hit.id()));
        Div meta = new Div();
        meta.addClassName("wegwijs-meta");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("kind." + hit.kind()));
        facts.add(place(hit, details));
        if (details != null) {
            facts.add(forWhom(details));
            facts.add(details.funding().stream().map(f -> getTranslation("facet.funding." + f.route().code()))
                    .distinct().collect(Collectors.joining(", ")));
        }
        if (hit.distanceKm() != null) {
            facts.add(getTranslation("search.distance", Math.round(hit.distanceKm())));
        }
        facts.stream().filter(f -> !f.isBlank()).forEach(f -> {
            Span span = new Span(f);
            span.addClassName("wegwijs-kind");
            meta.add(span);
        });
        Paragraph text = new Paragraph(hit.snippet().isBlank() ? new Span(hit.summary()) : SnippetText.of(hit.snippet()));
        add(new H3(link), meta, text);
    }

    private static String place(SearchHit hit, @Nullable EntryDetails details) {
        if (details != null) {
            String cities = details.places().stream().map(p -> p.city() != null ? p.city() : p.municipality())
                    .filter(c -> c != null && !c.isBlank()).distinct().limit(3).collect(Collectors.joining(", "));
            if (!cities.isEmpty()) return cities;
        }
        return hit.region().equals("niet vermeld") ? "" : hit.region();
    }

    private String forWhom(EntryDetails d) {
        String who = d.forWhom().stream().map(w -> getTranslation("facet.for." + w)).collect(Collectors.joining(", "));
        Integer min = d.eligibility().ageMin();
        Integer max = d.eligibility().ageMax();
        String ages = min == null && max == null ? ""
                : getTranslation("search.ages", min == null ? 0 : min, max == null ? "…" : max.toString());
        return who.isEmpty() ? ages : ages.isEmpty() ? who : who + " · " + ages;
    }
}
