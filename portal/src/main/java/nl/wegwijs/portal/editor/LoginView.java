package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The editors' login, in Dutch. Spring Security handles the form post (/redactie/login). */
@Route("redactie/login")
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setAlignItems(Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("editor.login.title"));
        i18n.getForm().setUsername(getTranslation("editor.login.username"));
        i18n.getForm().setPassword(getTranslation("editor.login.password"));
        i18n.getForm().setSubmit(getTranslation("editor.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("editor.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("editor.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("editor.login.error"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        // Vaadin pages resolve relative URLs against the application root (<base href>), not the route.
        form.setAction("redactie/login");
        add(new H1(getTranslation("editor.title")), form, new Paragraph(getTranslation("editor.login.help")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.login.title") + " · Wegwijs";
    }
}
