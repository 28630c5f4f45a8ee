package nl.wegwijs.portal.guide;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.wegwijs.backend.guide.GuideAnswer;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.portal.entry.EntryView;

/** The answer: who decides, who pays, the next step, where to knock locally and what helps. */
class GuideAnswerPanel extends Div {

    GuideAnswerPanel(GuideAnswer answer, String asked) {
        addClassName("wegwijs-answer");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("guide.answer"));
        String door = "guide.door." + answer.door().name();
        Div box = new Div(new H2(getTranslation(door + ".who")),
                new Paragraph(getTranslation(door + ".pays")),
                new H3(getTranslation("guide.nextStep")), new Paragraph(getTranslation(door + ".next")),
                new Paragraph(getTranslation(door + ".law")));
        box.addClassName("wegwijs-notice");
        add(box);
        if (!asked.isEmpty() && answer.place() == null) {
            add(new Paragraph(getTranslation("guide.placeUnknown", asked)));
        }
        list(answer.place() == null ? "" : getTranslation("guide.localDoors", answer.place()), answer.localDoors());
        list(getTranslation("guide.helpful"), answer.helpful());
    }

    private void list(String title, List<SearchHit> hits) {
        if (hits.isEmpty() || title.isEmpty()) return;
        UnorderedList ul = new UnorderedList();
        hits.forEach(h -> ul.add(new ListItem(new RouterLink(h.name(), EntryView.class, new RouteParameters("id", h.id())))));
        add(new H3(title), ul);
    }
}
