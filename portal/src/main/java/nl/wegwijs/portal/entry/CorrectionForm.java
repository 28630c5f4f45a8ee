package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * "Klopt er iets niet?": what is wrong, what is right, and a note. No account and no personal data
 * is asked. The form knows no services; it fires a {@link SendEvent} that the page handles.
 */
class CorrectionForm extends Details {

    /** The fields a visitor can report on, as the review queue names them; "other" sends only the note. */
    static final List<String> FIELDS = List.of("phone", "email", "url", "address", "summary", "funding", "audience", "other");

    /** What the visitor reported. */
    static class SendEvent extends ComponentEvent<CorrectionForm> {
        final String field;
        final String value;
        final String note;

        SendEvent(CorrectionForm source, String field, String value, String note) {
            super(source, false);
            this.field = field;
            this.value = value;
            this.note = note;
        }
    }

    private final Select<String> field = new Select<>();
    private final TextField value = new TextField();
    private final TextArea note = new TextArea();
    private final Paragraph status = new Paragraph();

    CorrectionForm() {
        setSummaryText(getTranslation("correction.title"));
        addClassNames("wegwijs-correction", "wegwijs-noprint");
        field.setLabel(getTranslation("correction.field"));
        field.setItems(FIELDS);
        field.setItemLabelGenerator(f -> getTranslation("correction.field." + f));
        field.setValue("other");
        value.setLabel(getTranslation("correction.value"));
        value.setMaxLength(500);
        value.setWidthFull();
        note.setLabel(getTranslation("correction.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        status.getElement().setAttribute("role", "status");
        status.addClassName("wegwijs-status");
        Button send = new Button(getTranslation("correction.send"), e -> send());
        Div body = new Div(new Paragraph(getTranslation("correction.intro")), field, value, note, send, status);
        body.addClassName("wegwijs-form");
        add(body);
    }

    private void send() {
        if (value.getValue().isBlank() && note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation("correction.empty"));
            return;
        }
        note.setInvalid(false);
        fireEvent(new SendEvent(this, field.getValue(), value.getValue().strip(), note.getValue().strip()));
    }

    /** Shows the outcome; after a success the form is emptied. */
    void done(boolean accepted, String message) {
        status.setText(message);
        if (accepted) {
            value.clear();
            note.clear();
        }
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }
}
