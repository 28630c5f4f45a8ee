package nl.wegwijs.portal.base;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import java.util.List;
import java.util.Objects;

/**
 * The frame of every public page: a skip link, the name, the main sections, the language switch, the
 * page and a short footer. Sections are linked by path (router-link), so base knows no feature package.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    /** A main section: its path and the key of its name in the menu. */
    public record Section(String path, String textKey) {}

    /** The main menu, also drawn by the HTML the server sends before Vaadin starts (search.ServedResults). */
    public static final List<Section> SECTIONS = List.of(new Section("", "nav.search"),
            new Section("waar-aanvragen", "nav.guide"), new Section("kennisbank", "nav.knowledge"),
            new Section("mijn-kaart", "nav.mymap"), new Section("sociale-kaart", "nav.socialmap"));

    private final Main content = new Main();

    public MainLayout() {
        Anchor skip = new Anchor("#main", getTranslation("nav.skip"));
        skip.addClassName("wegwijs-skip");
        skip.getElement().setAttribute("router-ignore", true);
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.getElement().setAttribute("router-link", true);
        brand.addClassName("wegwijs-brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassNames("wegwijs-muted", "wegwijs-tagline");
        Nav nav = new Nav();
        nav.addClassName("wegwijs-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        SECTIONS.forEach(s -> nav.add(link(s.path(), getTranslation(s.textKey()))));
        nav.add(new LanguageSwitch());
        Header header = new Header(skip, brand, tagline, nav);
        header.addClassName("wegwijs-header");
        content.addClassName("wegwijs-page");
        content.setId("main");
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassNames("wegwijs-page", "wegwijs-muted", "wegwijs-footer");
        add(header, content, footer);
        // WCAG 3.1.1: the page says its language, so screen readers pronounce Dutch as Dutch. The results
        // the server put in the first HTML (class wegwijs-served) have done their job once this frame is there.
        addAttachListener(e -> e.getUI().getPage().executeJs(
                "document.documentElement.lang=$0; document.querySelectorAll('.wegwijs-served').forEach(s => s.remove())",
                e.getUI().getLocale().getLanguage()));
    }

    private static Anchor link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }

    static Component muted(String text) {
        Span span = new Span(text);
        span.addClassName("wegwijs-muted");
        return span;
    }
}
