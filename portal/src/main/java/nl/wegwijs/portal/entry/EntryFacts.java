package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.jspecify.annotations.Nullable;

/** The facts of an entry as a description list: for whom, where, how to apply, who pays, contact, checked when. */
class EntryFacts extends DescriptionList {

    EntryFacts(EntryDetails e) {
        addClassName("wegwijs-facts");
        fact("entry.audience", forWhom(e));
        fact("entry.region", where(e));
        fact("entry.apply", apply(e));
        fact("entry.funding", e.funding().stream()
                .map(f -> getTranslation("facet.funding." + f.route().code()) + (f.detail() == null ? "" : ": " + f.detail()))
                .collect(Collectors.joining("; ")));
        fact("entry.waitingTime", e.availability().waitingTime());
        if (e.phone() != null) factComponent("entry.phone", new Anchor(Links.tel(e.phone()), e.phone()));
        if (e.email() != null) factComponent("entry.email", new Anchor("mailto:" + e.email(), e.email()));
        if (e.url() != null) {
            Anchor site = new Anchor(Links.web(e.url()), e.url());
            site.getElement().setAttribute("rel", "noopener");
            factComponent("entry.website", site);
        }
        fact("entry.categories", String.join(", ", e.categories()));
        fact("entry.lastVerified", e.lastVerifiedOn() == null ? getTranslation("entry.notVerified")
                : e.lastVerifiedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())));
        fact("entry.source", e.sources().isEmpty() ? e.source()
                : e.sources().stream().map(s -> s.document()).distinct().collect(Collectors.joining(", ")));
    }

    private String forWhom(EntryDetails e) {
        String who = e.forWhom().stream().map(w -> getTranslation("facet.for." + w)).collect(Collectors.joining(", "));
        Integer min = e.eligibility().ageMin();
        Integer max = e.eligibility().ageMax();
        String ages = min == null && max == null ? "" : getTranslation("search.ages", min == null ? 0 : min, max == null ? "…" : max.toString());
        String conditions = e.targetConditions().stream().map(this::condition).collect(Collectors.joining(", "));
        return java.util.stream.Stream.of(e.audience(), who.isEmpty() ? null : getTranslation("entry.forWhomList", who),
                        ages.isEmpty() ? null : ages, conditions.isEmpty() ? null : conditions)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(". "));
    }

    /** A code from the editors' list reads as words; a condition imported as free text shows as it is. */
    private String condition(String code) {
        String words = getTranslation("condition." + code);
        return words.startsWith("!") ? code : words;
    }

    private String where(EntryDetails e) {
        String places = e.places().stream().map(p -> java.util.stream.Stream.of(p.city(), p.municipality())
                        .filter(s -> s != null && !s.isBlank()).distinct().collect(Collectors.joining(", ")))
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining("; "));
        String settings = e.settings().stream().map(s -> getTranslation("facet.setting." + s.replace('_', '-'))).collect(Collectors.joining(", "));
        return java.util.stream.Stream.of(places.isEmpty() ? e.region() : places, settings)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private String apply(EntryDetails e) {
        String routes = e.access().stream().map(a -> getTranslation("facet.access." + a.replace('_', '-'))).collect(Collectors.joining(", "));
        Boolean referral = e.eligibility().referralNeeded();
        String need = referral == null ? "" : getTranslation(referral ? "entry.referralNeeded" : "entry.noReferral");
        return java.util.stream.Stream.of(routes, need).filter(s -> !s.isBlank()).collect(Collectors.joining(". "));
    }

    private void fact(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) factComponent(key, new Span(value));
    }

    private void factComponent(String key, Component value) {
        add(new Term(getTranslation(key)), new Description(value));
    }
}
