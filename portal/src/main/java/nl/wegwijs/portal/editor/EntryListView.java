package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import nl.wegwijs.backend.editorial.DraftPreview;
import nl.wegwijs.backend.editorial.EditConflictException;
import nl.wegwijs.backend.editorial.EditorialService;
import nl.wegwijs.backend.editorial.EntryDraft;
import nl.wegwijs.backend.editorial.EntryRow;
import nl.wegwijs.backend.editorial.InvalidFieldException;
import nl.wegwijs.backend.editorial.PickLists;

/** /redactie: all entries (any status) in a lazy grid, and the form beside it. */
@Route("redactie")
class EntryListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditorialService editorial;
    private final AuthenticationContext auth;
    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private final TextField filter = new TextField();
    private final EntryForm form;

    EntryListView(EditorialService editorial, PickLists pickLists, DraftPreview preview, AuthenticationContext auth) {
        this.editorial = editorial;
        this.auth = auth;
        this.form = new EntryForm(pickLists.forEntryForm());
        setSizeFull();
        filter.setPlaceholder(getTranslation("editor.list.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("editor.list.new"), e -> open(null));
        Button logout = new Button(getTranslation("editor.logout"), e -> auth.logout());
        grid.addColumn(EntryRow::name).setHeader(getTranslation("field.name")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation("editor.kind." + row.kind())).setHeader(getTranslation("field.kind"));
        grid.addColumn(row -> getTranslation("editor.status." + row.status().name())).setHeader(getTranslation("editor.list.status"));
        grid.addColumn(EntryRow::region).setHeader(getTranslation("field.region"));
        grid.setItems(query -> editorial.entries(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> { if (e.getValue() != null) open(editorial.load(e.getValue().id())); });
        form.setVisible(false);
        form.addSaveListener(this::save);
        form.addStatusListener(this::status);
        form.addCloseListener(e -> close());
        form.addPreviewListener(e -> new PreviewDialog(preview.of(e.original == null ? null : e.original.id(), e.values)).open());
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setWidthFull();
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        // The form is taller than a laptop screen: it scrolls on its own, so Opslaan is always reachable.
        content.setMinHeight("0");
        content.setAlignItems(Alignment.STRETCH);
        form.getStyle().set("overflow-y", "auto");
        add(new EditorMenu(), new H1(getTranslation("editor.title")),
                new HorizontalLayout(filter, add, logout),
                content);
        expand(content);
    }

    /** A one-time-password account may only change its password. {@code ?id=...} opens that entry (dashboard links). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EditorAccess.requireEditor(event, auth);
        if (!auth.hasRole("EDITOR")) return;
        event.getLocation().getQueryParameters().getSingleParameter("id").ifPresent(id -> {
            try {
                open(editorial.load(id));
            } catch (EntryNotFoundException e) {
                Notification.show(getTranslation("editor.list.notFound"));
            }
        });
    }

    private void open(EntryDraft draft) {
        form.setDraft(draft);
        form.setVisible(true);
    }

    private void close() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(EntryForm.SaveEvent event) {
        try {
            EntryDraft saved = event.original == null ? editorial.create(event.values)
                    : editorial.save(event.original.id(), event.original.version(), event.values);
            form.setDraft(saved);
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("editor.form.saved"));
        } catch (InvalidFieldException e) {
            form.setProblem(e.field(), e.messageKey(), e.arguments());
        } catch (EditConflictException e) {
            new ConflictDialog(e, event.values, form::setDraft, merged -> {
                form.setDraft(merged);
                Notification.show(getTranslation("editor.conflict.merged"));
            }).open();
        }
    }

    private void status(EntryForm.StatusEvent event) {
        try {
            EntryDraft changed = switch (event.action) {
                case "publish" -> editorial.publish(event.draft.id(), event.draft.version());
                case "archive" -> editorial.archive(event.draft.id(), event.draft.version());
                default -> editorial.restore(event.draft.id(), event.draft.version());
            };
            form.setDraft(changed);
            grid.getDataProvider().refreshAll();
        } catch (EditConflictException e) {
            form.setDraft(e.current());
            Notification.show(getTranslation("editor.conflict.reloaded"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title") + " · Wegwijs";
    }
}
