package nl.wegwijs.portal.editor;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An editor who logs in gets the server's normal session timeout back (server.servlet.session.timeout,
 * 30 minutes by default): public sessions start with a short one, and an editor who pauses to read a
 * source should not lose the form.
 */
@Component
class EditorSessionTimeout {

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent login) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) return;
        HttpSession session = attributes.getRequest().getSession(false);
        if (session != null) {
            // Minutes, as configured for the application (Servlet 4 getSessionTimeout).
            session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
        }
    }
}
