package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.wegwijs.backend.security.Accounts;

/** /redactie/wachtwoord: change the password; required after a one-time password. Logs out afterwards. */
@Route("redactie/wachtwoord")
class PasswordChangeView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final AuthenticationContext auth;

    PasswordChangeView(Accounts accounts, AuthenticationContext auth) {
        this.auth = auth;
        PasswordField current = new PasswordField(getTranslation("editor.password.current"));
        PasswordField next = new PasswordField(getTranslation("editor.password.new"));
        next.setHelperText(getTranslation("editor.password.rule", Accounts.MIN_PASSWORD_LENGTH));
        Button change = new Button(getTranslation("editor.password.change"), e -> {
            String user = auth.getPrincipalName().orElseThrow();
            try {
                accounts.changePassword(user, current.getValue(), next.getValue());
                Notification.show(getTranslation("editor.password.changed"));
                auth.logout();
            } catch (IllegalArgumentException ex) {
                next.setInvalid(true);
                next.setErrorMessage(getTranslation("editor.password.refused", Accounts.MIN_PASSWORD_LENGTH));
            }
        });
        add(new H1(getTranslation("editor.password.title")), new Paragraph(getTranslation("editor.password.explain")),
                current, next, change);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        EditorAccess.requireLogin(event, auth);
    }
}
