package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.editorial.EntryDraft;
import nl.wegwijs.backend.editorial.FieldRules;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.jspecify.annotations.Nullable;

/**
 * The entry form. Knows no services: it checks the values with {@link FieldRules}, explains each problem
 * next to the field, and fires {@link SaveEvent}, {@link StatusEvent} or {@link CloseEvent} for the view.
 */
class EntryForm extends FormLayout {

    private final Map<String, com.vaadin.flow.component.AbstractField<?, String>> fields = new LinkedHashMap<>();
    private final Span status = new Span();
    private final Button publish = new Button();
    private final Button archive = new Button();
    private final Button restore = new Button();
    private @Nullable EntryDraft draft;

    EntryForm() {
        addClassName("wegwijs-entry-form");
        for (String name : ReviewQueue.FIELDS) {
            var field = switch (name) {
                case "kind" -> kindBox();
                case "summary", "description" -> new TextArea(getTranslation("field." + name));
                default -> new TextField(getTranslation("field." + name));
            };
            field.getElement().setAttribute("data-field", name);
            fields.put(name, field);
            add(field);
        }
        Button save = new Button(getTranslation("editor.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("editor.form.close"), e -> fireEvent(new CloseEvent(this)));
        publish.setText(getTranslation("editor.form.publish"));
        publish.addClickListener(e -> status("publish"));
        archive.setText(getTranslation("editor.form.archive"));
        archive.addClickListener(e -> status("archive"));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        restore.setText(getTranslation("editor.form.restore"));
        restore.addClickListener(e -> status("restore"));
        add(status, new HorizontalLayout(save, publish, archive, restore, close));
    }

    private ComboBox<String> kindBox() {
        ComboBox<String> kind = new ComboBox<>(getTranslation("field.kind"));
        kind.setItems(Arrays.stream(Kind.values()).map(Kind::code).toList());
        kind.setItemLabelGenerator(code -> getTranslation("editor.kind." + code));
        return kind;
    }

    /** Shows the draft; null means a new, empty entry. */
    void setDraft(@Nullable EntryDraft draft) {
        this.draft = draft;
        fields.forEach((name, field) -> {
            String value = draft == null ? null : draft.fields().get(name);
            field.setValue(value == null ? (name.equals("kind") ? "provision" : "") : value);
            setProblem(name, null);
        });
        status.setText(draft == null ? getTranslation("editor.status.NEW")
                : getTranslation("editor.status." + draft.status().name()));
        publish.setVisible(draft != null && draft.status().name().equals("DRAFT"));
        archive.setVisible(draft != null && !draft.status().name().equals("ARCHIVED"));
        restore.setVisible(draft != null && draft.status().name().equals("ARCHIVED"));
    }

    Map<String, @Nullable String> values() {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue() == null ? "" : field.getValue().strip()));
        return values;
    }

    /** Marks every field that breaks a rule, with the rule's Dutch explanation. @return true when all is well */
    boolean validate() {
        Map<String, @Nullable String> values = values();
        boolean ok = true;
        for (var entry : values.entrySet()) {
            Optional<String> problem = FieldRules.problem(entry.getKey(), entry.getValue());
            setProblem(entry.getKey(), problem.orElse(null));
            ok &= problem.isEmpty();
        }
        var pair = FieldRules.pairProblem(values.get("ageMin"), values.get("ageMax"), values.get("latitude"), values.get("longitude"));
        if (pair.isPresent()) {
            setProblem(pair.get().contains("age") ? "ageMax" : "longitude", pair.get());
            ok = false;
        }
        return ok;
    }

    void setProblem(String field, @Nullable String messageKey) {
        var component = fields.get(field);
        if (component instanceof com.vaadin.flow.component.HasValidation v) {
            v.setInvalid(messageKey != null);
            v.setErrorMessage(messageKey == null ? null : getTranslation(messageKey));
        }
    }

    private void save() {
        if (validate()) fireEvent(new SaveEvent(this, draft, values()));
    }

    private void status(String action) {
        if (draft != null) fireEvent(new StatusEvent(this, draft, action));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addStatusListener(ComponentEventListener<StatusEvent> listener) {
        return addListener(StatusEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** Save the values; {@code original} is null for a new entry and carries the version the editor started from. */
    static final class SaveEvent extends ComponentEvent<EntryForm> {
        final @Nullable EntryDraft original;
        final Map<String, @Nullable String> values;

        SaveEvent(EntryForm source, @Nullable EntryDraft original, Map<String, @Nullable String> values) {
            super(source, false);
            this.original = original;
            this.values = values;
        }
    }

    /** Publish, archive or restore the shown entry. */
    static final class StatusEvent extends ComponentEvent<EntryForm> {
        final EntryDraft draft;
        final String action;

        StatusEvent(EntryForm source, EntryDraft draft, String action) {
            super(source, false);
            this.draft = draft;
            this.action = action;
        }
    }

    static final class CloseEvent extends ComponentEvent<EntryForm> {
        CloseEvent(EntryForm source) {
            super(source, false);
        }
    }
}
