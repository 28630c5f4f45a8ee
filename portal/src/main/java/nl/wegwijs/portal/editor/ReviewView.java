package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.HashMap;
import java.util.Map;
import nl.wegwijs.backend.editorial.FieldDecision;
import nl.wegwijs.backend.editorial.InvalidFieldException;
import nl.wegwijs.backend.editorial.ProposalView;
import nl.wegwijs.backend.editorial.ReviewDecisions;
import nl.wegwijs.backend.editorial.ReviewQueue;

/** /redactie/meldingen: open proposals; per proposal a side-by-side diff with a choice per field; bulk actions. */
@Route("redactie/meldingen")
class ReviewView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final Grid<ProposalView> proposals = new Grid<>();
    private final Grid<ProposalView.FieldView> diff = new Grid<>();
    private final Map<String, Checkbox> accept = new HashMap<>();
    private final Paragraph note = new Paragraph();

    private final com.vaadin.flow.spring.security.AuthenticationContext auth;

    ReviewView(ReviewQueue queue, ReviewDecisions decisions, com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.auth = auth;
        this.queue = queue;
        this.decisions = decisions;
        setSizeFull();
        proposals.setSelectionMode(Grid.SelectionMode.MULTI);
        proposals.addColumn(p -> p.entryName() == null ? getTranslation("editor.review.newEntry") : p.entryName())
                .setHeader(getTranslation("editor.review.entry"));
        proposals.addColumn(ProposalView::origin).setHeader(getTranslation("editor.review.origin"));
        proposals.addColumn(p -> p.fields().size()).setHeader(getTranslation("editor.review.fields"));
        proposals.setItems(q -> queue.open(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        proposals.addItemClickListener(e -> show(e.getItem()));
        diff.addColumn(f -> getTranslation("field." + f.field())).setHeader(getTranslation("editor.conflict.field"));
        diff.addColumn(ProposalView.FieldView::current).setHeader(getTranslation("editor.review.current"));
        diff.addColumn(ProposalView.FieldView::proposed).setHeader(getTranslation("editor.review.proposed"));
        diff.addComponentColumn(f -> accept.computeIfAbsent(f.field(), k -> new Checkbox(getTranslation("editor.review.take"))))
                .setHeader(getTranslation("editor.review.decision"));
        diff.setAllRowsVisible(true);
        Button acceptAll = new Button(getTranslation("editor.review.acceptSelected"), e -> bulk(FieldDecision.ACCEPTED));
        Button rejectAll = new Button(getTranslation("editor.review.rejectSelected"), e -> bulk(FieldDecision.REJECTED));
        add(new EditorMenu(), new H1(getTranslation("editor.review.title")), new HorizontalLayout(acceptAll, rejectAll), proposals, note, diff);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        EditorAccess.requireEditor(event, auth);
    }

    private void show(ProposalView proposal) {
        accept.clear();
        note.setText(proposal.note() == null ? "" : getTranslation("editor.review.note") + " " + proposal.note());
        diff.setItems(proposal.fields());
        getChildren().filter(c -> c.getId().orElse("").equals("decide")).toList().forEach(this::remove);
        Button decide = new Button(getTranslation("editor.review.decide"), e -> {
            Map<String, FieldDecision> choice = new HashMap<>();
            proposal.fields().forEach(f -> choice.put(f.field(),
                    accept.containsKey(f.field()) && accept.get(f.field()).getValue() ? FieldDecision.ACCEPTED : FieldDecision.REJECTED));
            try {
                decisions.decide(proposal.id(), choice);
                Notification.show(getTranslation("editor.review.done"));
                diff.setItems();
                proposals.getDataProvider().refreshAll();
            } catch (InvalidFieldException ex) {
                Notification.show(getTranslation("field." + ex.field()) + ": " + getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        decide.setId("decide");
        add(decide);
    }

    private void bulk(FieldDecision decision) {
        try {
            decisions.decideAll(proposals.getSelectedItems().stream().map(ProposalView::id).toList(), decision);
            proposals.getDataProvider().refreshAll();
            Notification.show(getTranslation("editor.review.done"));
        } catch (InvalidFieldException ex) {
            Notification.show(getTranslation("field." + ex.field()) + ": " + getTranslation(ex.messageKey(), ex.arguments()));
        }
    }
}
