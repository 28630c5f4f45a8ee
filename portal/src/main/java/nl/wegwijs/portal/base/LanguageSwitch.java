package nl.wegwijs.portal.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Nederlands / English. The choice is the session's locale (one field, nothing about the family);
 * the page reloads so every text, title and date follows it.
 */
class LanguageSwitch extends Button {

    LanguageSwitch() {
        boolean english = Locale.ENGLISH.getLanguage().equals(UI.getCurrent() == null ? "nl"
                : UI.getCurrent().getLocale().getLanguage());
        Locale other = english ? MessageBundleI18NProvider.DUTCH : Locale.ENGLISH;
        setText(english ? "Nederlands" : "English");
        getElement().setAttribute("lang", other.getLanguage());
        getElement().setAttribute("aria-label", english ? "Nederlands: wissel van taal" : "English: switch language");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClassName("wegwijs-language");
        addClickListener(e -> {
            VaadinSession.getCurrent().setLocale(other);
            UI.getCurrent().getPage().reload();
        });
    }
}
