package nl.wegwijs.backend.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every chain sends. The CSP allows nothing from third parties. Vaadin's
 * pre-compiled client needs inline styles and eval for its templates, so 'unsafe-inline'/'unsafe-eval'
 * stay for script and style (Vaadin docs, "Content Security Policy"); frame-ancestors 'none' and
 * X-Frame-Options DENY stop click-jacking; nosniff stops MIME sniffing.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http) {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
