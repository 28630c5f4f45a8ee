package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.wegwijs.portal.base.MainLayout;

/** The start page: one question, one search box. */
@Route(value = "", layout = MainLayout.class)
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        setPadding(false);
        SearchBar bar = new SearchBar("");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")), bar);
        bar.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }
}
