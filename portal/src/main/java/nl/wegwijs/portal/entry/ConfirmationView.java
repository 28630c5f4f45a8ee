package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.confirmation.ConfirmationPage;
import nl.wegwijs.backend.confirmation.InvalidConfirmationException;
import nl.wegwijs.backend.confirmation.ProviderConfirmations;
import nl.wegwijs.portal.base.MainLayout;

/**
 * /bevestigen/{token}: the page behind the "klopt dit nog?" mail. It shows the entry as stored (the same facts as
 * the public entry page, hence this package) and asks the provider to confirm or describe a change. Opening the
 * page changes nothing: mail scanners follow links, so only the button (a Vaadin server round trip) confirms.
 */
@Route(value = "bevestigen/:token", layout = MainLayout.class)
@AnonymousAllowed
public class ConfirmationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderConfirmations confirmations;
    private final Paragraph status = new Paragraph();
    private String token = "";

    ConfirmationView(ProviderConfirmations confirmations) {
        this.confirmations = confirmations;
        setPadding(false);
        addClassName("wegwijs-confirmation");
        status.getElement().setAttribute("role", "status");
        status.addClassNames("wegwijs-status", "wegwijs-confirm-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("confirm.title")));
        try {
            show(confirmations.open(token), event.getLocation().getQueryParameters().getParameters().containsKey("wijziging"));
        } catch (InvalidConfirmationException e) {
            refused(e);
        }
    }

    private void show(ConfirmationPage page, boolean openChangeForm) {
        EntryDetails e = page.entry();
        add(new Paragraph(getTranslation("confirm.intro", e.name())), new H2(e.name()));
        if (e.summary() != null) add(new Paragraph(e.summary()));
        add(new EntryFacts(e));
        Div change = changeForm();
        change.setVisible(openChangeForm);
        Button yes = new Button(getTranslation("confirm.yes"), click -> confirm());
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.setDisableOnClick(true);
        Button changed = new Button(getTranslation("confirm.changed"), click -> change.setVisible(true));
        Div actions = new Div(yes, changed);
        actions.addClassName("wegwijs-actions");
        LocalDate lastDay = LocalDate.ofInstant(page.linkExpiresAt().minusSeconds(1), ZoneId.systemDefault());
        add(actions, status, change, new Paragraph(getTranslation("confirm.validUntil", date(lastDay))));
    }

    private Div changeForm() {
        TextArea text = new TextArea(getTranslation("confirm.change.label"));
        text.setHelperText(getTranslation("confirm.change.help"));
        text.setMaxLength(ProviderConfirmations.MAX_REPORT_LENGTH);
        text.setWidthFull();
        Paragraph outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("wegwijs-status");
        Button send = new Button(getTranslation("confirm.change.send"), click -> {
            try {
                var result = confirmations.reportChange(token, text.getValue(), clientAddress());
                text.setInvalid(result == ProviderConfirmations.ReportOutcome.EMPTY);
                text.setErrorMessage(getTranslation("confirm.change.empty"));
                if (result == ProviderConfirmations.ReportOutcome.SENT) text.clear();
                outcome.setText(result == ProviderConfirmations.ReportOutcome.EMPTY ? ""
                        : getTranslation("confirm.change." + result.name().toLowerCase(java.util.Locale.ROOT)));
            } catch (InvalidConfirmationException e) {
                outcome.setText(getTranslation(reasonKey(e)));
            }
        });
        Div form = new Div(text, send, outcome);
        form.addClassNames("wegwijs-form", "wegwijs-confirm-change");
        return form;
    }

    private void confirm() {
        try {
            status.setText(getTranslation("confirm.thanks", date(confirmations.confirm(token))));
        } catch (InvalidConfirmationException e) {
            status.setText(getTranslation(reasonKey(e)));
        }
    }

    private void refused(InvalidConfirmationException e) {
        Paragraph message = new Paragraph(getTranslation(reasonKey(e)));
        message.addClassName("wegwijs-notice");
        add(message);
    }

    private static String reasonKey(InvalidConfirmationException e) {
        return switch (e.reason()) {
            case EXPIRED -> "confirm.expired";
            case INVALID -> "confirm.invalid";
            case UNKNOWN_ENTRY -> "confirm.unknown";
        };
    }

    private String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.pageTitle");
    }
}
