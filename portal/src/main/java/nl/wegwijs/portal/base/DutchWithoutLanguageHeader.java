package nl.wegwijs.portal.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A visitor whose browser names no language (some phones' privacy modes, crawlers, link previews)
 * reads Dutch, the site's language. Without this, the servlet container reports its own JVM default
 * locale for such a request, and on an English server Vaadin then picks the English bundle. A
 * browser that does ask for English still gets it, and the language switch still wins.
 */
@Component
class DutchWithoutLanguageHeader implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            if (namesNoLanguage(init.getRequest())) {
                init.getSession().setLocale(MessageBundleI18NProvider.DUTCH);
            }
        });
    }

    private static boolean namesNoLanguage(VaadinRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank() || header.trim().equals("*");
    }
}
