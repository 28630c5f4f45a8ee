package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The one menu of the editor area, shown at the top of every {@code /redactie} screen. Each
 * screen adds it instead of keeping its own list of links, so a new screen appears everywhere.
 */
public class EditorMenu extends Nav {

    public EditorMenu() {
        addClassName("editor-menu");
        getElement().setAttribute("aria-label", getTranslation("editor.menu.label"));
        link("redactie", "editor.menu.entries");
        link("redactie/meldingen", "editor.menu.review");
        link("redactie/bronnen", "editor.menu.sources");
        link("redactie/links", "editor.menu.links");
        link("redactie/overzicht", "editor.menu.overview");
        link("redactie/zoekvragen", "editor.menu.gaps");
        link("redactie/import", "editor.menu.import");
    }

    private void link(String route, String key) {
        add(new Anchor(route, getTranslation(key)));
    }
}
