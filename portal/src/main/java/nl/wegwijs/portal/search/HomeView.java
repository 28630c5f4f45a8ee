package nl.wegwijs.portal.search;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.portal.base.MainLayout;

/** The start page: one search box, and entry points by life question that each open a filtered search. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(FinderService finder) {
        setPadding(false);
        SearchBar bar = new SearchBar(SearchState.of(""), text -> finder.suggest(text, 8));
        UnorderedList questions = new UnorderedList();
        questions.addClassName("wegwijs-questions");
        for (LifeQuestions.Question q : LifeQuestions.shipped().questions()) {
            RouterLink link = SearchLinks.to("", q.search());
            Span title = new Span(getTranslation("life." + q.id() + ".title"));
            title.addClassName("wegwijs-question-title");
            Span text = new Span(getTranslation("life." + q.id() + ".text"));
            text.addClassName("wegwijs-muted");
            link.add(title, text);
            link.getElement().setAttribute("data-question", q.id());
            questions.add(new ListItem(link));
        }
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")), bar,
                new H2(getTranslation("home.questions")), questions);
        bar.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }
}
