package nl.wegwijs.portal.crawling;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import nl.wegwijs.backend.crawlreview.SourceForm;
import org.jspecify.annotations.Nullable;

/** The form for one source. Knows no services: it fires {@link SaveEvent} and {@link DeleteEvent}. */
class SourceEditor extends FormLayout {

    private final TextField name = new TextField();
    private final TextArea startUrls = new TextArea();
    private final TextArea allowedHosts = new TextArea();
    private final TextArea allowedPrefixes = new TextArea();
    private final TextField schedule = new TextField();
    private final Checkbox enabled = new Checkbox();
    private final IntegerField maxPages = new IntegerField();
    private final IntegerField maxDepth = new IntegerField();
    private final Button delete = new Button();
    private @Nullable String id;

    SourceEditor() {
        // Stable ids for tests and for anyone linking help to a field.
        name.setId("source-name");
        startUrls.setId("source-start-urls");
        schedule.setId("source-schedule");
        name.setLabel(getTranslation("crawl.field.name"));
        name.setRequired(true);
        startUrls.setLabel(getTranslation("crawl.field.startUrls"));
        startUrls.setHelperText(getTranslation("crawl.help.onePerLine"));
        startUrls.setRequired(true);
        allowedHosts.setLabel(getTranslation("crawl.field.allowedHosts"));
        allowedHosts.setHelperText(getTranslation("crawl.help.allowedHosts"));
        allowedPrefixes.setLabel(getTranslation("crawl.field.allowedPathPrefixes"));
        allowedPrefixes.setHelperText(getTranslation("crawl.help.allowedPathPrefixes"));
        schedule.setLabel(getTranslation("crawl.field.schedule"));
        schedule.setHelperText(getTranslation("crawl.help.schedule"));
        enabled.setLabel(getTranslation("crawl.field.enabled"));
        maxPages.setLabel(getTranslation("crawl.field.maxPages"));
        maxPages.setMin(1);
        maxDepth.setLabel(getTranslation("crawl.field.maxDepth"));
        maxDepth.setMin(0);
        maxPages.setHelperText(getTranslation("crawl.help.limits"));
        Button save = new Button(getTranslation("crawl.action.save"), e -> fireEvent(new SaveEvent(this, read())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("crawl.action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> { if (id != null) fireEvent(new DeleteEvent(this, id)); });
        add(name, schedule, startUrls, allowedHosts, allowedPrefixes, maxPages, maxDepth, enabled,
                new HorizontalLayout(save, delete));
        setColspan(startUrls, 2);
    }

    void setSource(SourceForm form) {
        id = form.id();
        name.setValue(form.name());
        startUrls.setValue(Texts.lines(form.startUrls()));
        allowedHosts.setValue(Texts.lines(form.allowedHosts()));
        allowedPrefixes.setValue(Texts.lines(form.allowedPathPrefixes()));
        schedule.setValue(form.schedule() == null ? "" : form.schedule());
        enabled.setValue(form.enabled());
        maxPages.setValue(form.maxPages());
        maxDepth.setValue(form.maxDepth());
        delete.setVisible(id != null);
        clearErrors();
    }

    SourceForm read() {
        return new SourceForm(id, name.getValue(), Texts.lines(startUrls.getValue()), Texts.lines(allowedHosts.getValue()),
                Texts.lines(allowedPrefixes.getValue()), schedule.getValue(), enabled.getValue(), maxPages.getValue(),
                maxDepth.getValue());
    }

    /** Marks the field the service refused, with the message for it. */
    void showError(String field, String message) {
        clearErrors();
        HasValidation target = fields().get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "startUrls", startUrls, "allowedHosts", allowedHosts, "allowedPathPrefixes",
                allowedPrefixes, "schedule", schedule, "maxPages", maxPages, "maxDepth", maxDepth);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<SourceEditor> {
        final SourceForm form;

        SaveEvent(SourceEditor source, SourceForm form) {
            super(source, false);
            this.form = form;
        }
    }

    static final class DeleteEvent extends ComponentEvent<SourceEditor> {
        final String id;

        DeleteEvent(SourceEditor source, String id) {
            super(source, false);
            this.id = id;
        }
    }
}
