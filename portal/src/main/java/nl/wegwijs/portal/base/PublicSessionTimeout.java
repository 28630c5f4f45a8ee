package nl.wegwijs.portal.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Every new portal session starts as an anonymous visitor's and gets the short public timeout, so the
 * server forgets a closed tab within minutes instead of holding its UI for Tomcat's 30 (Vaadin keeps
 * state per session, which its own docs call costly on public sites). An editor's login restores the
 * normal timeout (see the editor feature).
 */
@Component
class PublicSessionTimeout implements VaadinServiceInitListener {

    private final PublicSessionSettings settings;

    PublicSessionTimeout(PublicSessionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> shorten(init.getSession().getSession()));
    }

    private void shorten(WrappedSession session) {
        // A session that already carries a login (an editor's, re-created by Vaadin) keeps its timeout.
        if (session.getAttribute("SPRING_SECURITY_CONTEXT") == null) {
            session.setMaxInactiveInterval((int) settings.publicSessionTimeout().toSeconds());
        }
    }
}
