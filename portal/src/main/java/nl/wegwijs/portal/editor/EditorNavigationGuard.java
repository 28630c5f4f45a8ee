package nl.wegwijs.portal.editor;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Guards navigation inside a running UI, which never passes Spring Security's path rules: a router
 * link or history change to /redactie/** is checked here, before the target view is built, for every
 * editor view (also those of other features, such as the crawl sources).
 */
@Component
class EditorNavigationGuard implements VaadinServiceInitListener {

    private final AuthenticationContext auth;

    EditorNavigationGuard(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean editorArea = path.equals("redactie") || path.startsWith("redactie/");
        if (!editorArea || path.equals("redactie/login")) {
            return;
        }
        if (path.equals("redactie") || path.equals("redactie/wachtwoord")) {
            EditorAccess.requireLogin(event, auth);
        } else {
            EditorAccess.requireEditor(event, auth);
        }
    }
}
