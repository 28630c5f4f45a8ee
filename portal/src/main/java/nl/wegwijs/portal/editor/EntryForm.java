package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.editorial.EntryDraft;
import nl.wegwijs.backend.editorial.FieldRules;
import nl.wegwijs.backend.editorial.PickLists;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.jspecify.annotations.Nullable;

/**
 * The entry form. Knows no services: it checks the values with {@link FieldRules}, explains each problem
 * next to the field, and fires {@link SaveEvent}, {@link StatusEvent} or {@link CloseEvent} for the view.
 * Categories, region, municipality, target groups and target conditions are picked from the lists the view hands
 * in, never typed free.
 */
class EntryForm extends FormLayout {

    private static final java.util.Set<String> MULTI = java.util.Set.of("categories", "forWhom", "targetConditions");

    private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> lists;
    /** Categories, target groups and target conditions: several values, each from its list. */
    private final Map<String, MultiSelectComboBox<String>> multi = new LinkedHashMap<>();
    private final Span status = new Span();
    private final Button publish = new Button();
    private final Button archive = new Button();
    private final Button restore = new Button();
    private @Nullable EntryDraft draft;

    EntryForm(PickLists.Options options) {
        addClassName("wegwijs-entry-form");
        lists = Map.of("categories", options.categories(), "region", options.regions(), "municipality", options.municipalities(),
                "forWhom", options.forWhom(), "targetConditions", options.targetConditions());
        for (String name : ReviewQueue.FIELDS) {
            if (MULTI.contains(name)) {
                add(multiBox(name));
                continue;
            }
            AbstractField<?, String> field = switch (name) {
                case "kind" -> kindBox();
                case "region", "municipality" -> pickBox(name);
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
        Button preview = new Button(getTranslation("editor.form.preview"), e -> fireEvent(new PreviewEvent(this, draft, values())));
        publish.setText(getTranslation("editor.form.publish"));
        publish.addClickListener(e -> status("publish"));
        archive.setText(getTranslation("editor.form.archive"));
        archive.addClickListener(e -> status("archive"));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        restore.setText(getTranslation("editor.form.restore"));
        restore.addClickListener(e -> status("restore"));
        add(status, new HorizontalLayout(save, preview, publish, archive, restore, close));
    }

    private ComboBox<String> kindBox() {
        ComboBox<String> kind = new ComboBox<>(getTranslation("field.kind"));
        kind.setItems(Arrays.stream(Kind.values()).map(Kind::code).toList());
        kind.setItemLabelGenerator(code -> getTranslation("editor.kind." + code));
        return kind;
    }

    private MultiSelectComboBox<String> multiBox(String name) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(getTranslation("field." + name));
        box.setPlaceholder(getTranslation("field.pick.placeholder"));
        box.setItems(lists.get(name));
        box.setItemLabelGenerator(value -> FieldWords.one(this, name, value));
        box.getElement().setAttribute("data-field", name);
        multi.put(name, box);
        return box;
    }

    private ComboBox<String> pickBox(String name) {
        ComboBox<String> box = new ComboBox<>(getTranslation("field." + name));
        box.setPlaceholder(getTranslation("field.pick.placeholder"));
        box.setClearButtonVisible(true);
        box.setItems(lists.get(name));
        return box;
    }

    /** Shows the draft; null means a new, empty entry. */
    @SuppressWarnings("unchecked")
    void setDraft(@Nullable EntryDraft draft) {
        this.draft = draft;
        fields.forEach((name, field) -> {
            String value = draft == null ? null : draft.fields().get(name);
            if (field instanceof ComboBox<?> box) {
                // A value stored before the lists existed stays visible and selectable, so it is not lost by an edit.
                if (lists.containsKey(name)) ((ComboBox<String>) box).setItems(withStored(lists.get(name), value));
                field.setValue(value == null && name.equals("kind") ? "provision" : value);
            } else {
                field.setValue(value == null ? "" : value);
            }
            setProblem(name, null);
        });
        multi.forEach((name, box) -> {
            List<String> picked = split(draft == null ? null : draft.fields().get(name));
            box.setItems(withStored(lists.get(name), picked));
            box.setValue(new LinkedHashSet<>(picked));
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
        // Ordered and joined as the service reads an entry, so an untouched list is no change: target groups in
        // the list's order, categories and conditions alphabetically.
        multi.forEach((name, box) -> values.put(name, box.getValue().stream()
                .sorted(name.equals("forWhom") ? Comparator.comparingInt(lists.get(name)::indexOf) : Comparator.naturalOrder())
                .collect(Collectors.joining(", "))));
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

    void setProblem(String field, @Nullable String messageKey, Object... arguments) {
        Object component = multi.containsKey(field) ? multi.get(field) : fields.get(field);
        if (component instanceof HasValidation v) {
            v.setInvalid(messageKey != null);
            v.setErrorMessage(messageKey == null ? null : getTranslation(messageKey, arguments));
        }
    }

    private static List<String> split(@Nullable String joined) {
        if (joined == null || joined.isBlank()) return List.of();
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> withStored(List<String> list, @Nullable String stored) {
        return stored == null || stored.isBlank() ? list : withStored(list, List.of(stored));
    }

    private static List<String> withStored(List<String> list, List<String> stored) {
        if (list.containsAll(stored)) return list;
        List<String> all = new ArrayList<>(stored.stream().filter(s -> !list.contains(s)).toList());
        all.addAll(list);
        return all;
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

    Registration addPreviewListener(ComponentEventListener<PreviewEvent> listener) {
        return addListener(PreviewEvent.class, listener);
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

    /** Show the values as the public page would, without saving; {@code original} is null for a new entry. */
    static final class PreviewEvent extends ComponentEvent<EntryForm> {
        final @Nullable EntryDraft original;
        final Map<String, @Nullable String> values;

        PreviewEvent(EntryForm source, @Nullable EntryDraft original, Map<String, @Nullable String> values) {
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
