package nl.wegwijs.portal.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin reads its texts from the same Spring message bundle as the API: Dutch first, English next. */
@Component
class MessageBundleI18NProvider implements I18NProvider {

    static final Locale DUTCH = Locale.of("nl");

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
