package nl.wegwijs.portal.searchgaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;

/** The two small questions an action needs: which words the query means, and a note for the provision task. */
final class GapDialogs {

    private GapDialogs() {}

    /** {@code save} answers whether the decision was taken; only then does the dialog close. */
    static void synonym(String query, Predicate<String> save) {
        TextField words = new TextField();
        words.setWidthFull();
        words.setMaxLength(300);
        words.getElement().setAttribute("data-field", "words");
        Dialog dialog = new Dialog();
        words.setLabel(dialog.getTranslation("editor.gaps.words"));
        words.setHelperText(dialog.getTranslation("editor.gaps.wordsHelp"));
        open(dialog, dialog.getTranslation("editor.gaps.action.synonym") + ": " + query, words, () -> save.test(words.getValue()));
    }

    static void provision(String query, Predicate<String> save) {
        TextArea note = new TextArea();
        note.setWidthFull();
        note.setMaxLength(1000);
        note.getElement().setAttribute("data-field", "note");
        Dialog dialog = new Dialog();
        note.setLabel(dialog.getTranslation("editor.gaps.note"));
        open(dialog, dialog.getTranslation("editor.gaps.action.provision") + ": " + query, note, () -> save.test(note.getValue()));
    }

    private static void open(Dialog dialog, String title, com.vaadin.flow.component.Component field, java.util.function.BooleanSupplier save) {
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(dialog.getTranslation("editor.gaps.dialogHint")), field);
        Button ok = new Button(dialog.getTranslation("editor.gaps.save"), e -> {
            if (save.getAsBoolean()) dialog.close();
        });
        ok.getElement().setAttribute("data-action", "save");
        dialog.getFooter().add(new Button(dialog.getTranslation("editor.gaps.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
