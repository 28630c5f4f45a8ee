package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.portal.entry.EntryContent;

/** "Voorbeeld": the public page of the draft in the form, built by the public page's own components; nothing is saved. */
class PreviewDialog extends Dialog {

    PreviewDialog(EntryDetails draft) {
        addClassName("wegwijs-preview");
        setHeaderTitle(getTranslation("editor.preview.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph note = new Paragraph(getTranslation("editor.preview.note"));
        note.addClassName("wegwijs-preview-note");
        Div page = new Div();
        page.addClassName("wegwijs-entry");
        EntryContent.of(draft, this, getLocale()).forEach(page::add);
        add(note, page);
        getFooter().add(new Button(getTranslation("editor.preview.close"), e -> close()));
    }
}
