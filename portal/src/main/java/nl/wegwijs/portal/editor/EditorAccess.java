package nl.wegwijs.portal.editor;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The navigation check of the editor views: no login → the login page; a one-time password → the password page. */
final class EditorAccess {

    private EditorAccess() {}

    static void requireEditor(BeforeEnterEvent event, AuthenticationContext auth) {
        if (!auth.isAuthenticated()) {
            event.forwardTo(LoginView.class);
        } else if (!auth.hasRole("EDITOR") && !auth.hasRole("ADMIN")) {
            event.forwardTo(PasswordChangeView.class);
        }
    }

    static void requireLogin(BeforeEnterEvent event, AuthenticationContext auth) {
        if (!auth.isAuthenticated()) event.forwardTo(LoginView.class);
    }
}
