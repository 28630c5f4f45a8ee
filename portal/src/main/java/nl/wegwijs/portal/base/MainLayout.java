package nl.wegwijs.portal.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import java.util.Objects;

/** The frame of every public page: a plain header with the name, the page, and a short footer. */
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public MainLayout() {
        Anchor brand = new Anchor("/", getTranslation("app.name"));
        brand.addClassName("wegwijs-brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("wegwijs-muted");
        Header header = new Header(brand, tagline);
        header.addClassName("wegwijs-header");
        content.addClassName("wegwijs-page");
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassNames("wegwijs-page", "wegwijs-muted");
        add(header, content, footer);
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
