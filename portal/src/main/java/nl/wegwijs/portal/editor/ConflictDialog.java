package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.backend.editorial.EditConflictException;
import nl.wegwijs.backend.editorial.EntryDraft;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved first. Shows, per differing field, the stored value next to the editor's own, and
 * offers: reload (take theirs) or merge (keep the stored entry, put my values in the form to save again).
 */
class ConflictDialog extends Dialog {

    record Row(String field, @Nullable String stored, @Nullable String mine) {}

    ConflictDialog(EditConflictException conflict, Map<String, @Nullable String> mine,
            Consumer<EntryDraft> reload, Consumer<EntryDraft> merge) {
        setHeaderTitle(getTranslation("editor.conflict.title"));
        add(new Paragraph(getTranslation("editor.conflict.explain")));
        Grid<Row> rows = new Grid<>();
        rows.addColumn(r -> getTranslation("field." + r.field())).setHeader(getTranslation("editor.conflict.field"));
        rows.addColumn(r -> FieldWords.all(this, r.field(), r.stored())).setHeader(getTranslation("editor.conflict.stored"));
        rows.addColumn(r -> FieldWords.all(this, r.field(), r.mine())).setHeader(getTranslation("editor.conflict.mine"));
        rows.setItems(conflict.differing().stream()
                .map(f -> new Row(f, conflict.current().fields().get(f), mine.get(f))).toList());
        rows.setAllRowsVisible(true);
        add(rows);
        EntryDraft current = conflict.current();
        getFooter().add(new Button(getTranslation("editor.conflict.reload"), e -> {
            reload.accept(current);
            close();
        }), new Button(getTranslation("editor.conflict.merge"), e -> {
            // Stored values plus mine for the differing fields, at the stored version: saving is the editor's next, conscious step.
            Map<String, @Nullable String> fields = new LinkedHashMap<>(current.fields());
            conflict.differing().forEach(f -> fields.put(f, mine.get(f)));
            merge.accept(new EntryDraft(current.id(), current.status(), current.version(), fields));
            close();
        }));
    }
}
