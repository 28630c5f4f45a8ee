package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.backend.catalogue.EntryDetails;

/**
 * What the public page says about an entry: kind, name, summary, description and the facts. Shared by
 * {@link EntryView} and the editors' preview, so the preview cannot drift from the real page. All text goes
 * in as text (escaped by Vaadin), never as HTML.
 */
public final class EntryContent {

    private EntryContent() {}

    /** @param host the component whose translations are used; {@code locale} is its locale (protected in Component) */
    public static List<Component> of(EntryDetails e, Component host, Locale locale) {
        List<Component> parts = new ArrayList<>();
        Span kind = new Span(host.getTranslation("kind." + e.kind()));
        kind.addClassName("wegwijs-kind");
        parts.add(kind);
        parts.add(new H1(e.name()));
        String summary = locale.getLanguage().equals("en") && e.summaryEn() != null ? e.summaryEn() : e.summary();
        if (summary != null) parts.add(new Paragraph(summary));
        if (e.description() != null && !e.description().equals(e.summary())) parts.add(new Paragraph(e.description()));
        parts.add(new EntryFacts(e));
        return parts;
    }
}
