package nl.wegwijs.portal.crawling;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The links between the editors' start page and the crawl screens. */
class CrawlNav extends HorizontalLayout {

    CrawlNav() {
        add(new Anchor("redactie", getTranslation("crawl.nav.editor")),
                new Anchor("redactie/bronnen", getTranslation("crawl.nav.sources")),
                new Anchor("redactie/links", getTranslation("crawl.nav.links")));
    }
}
