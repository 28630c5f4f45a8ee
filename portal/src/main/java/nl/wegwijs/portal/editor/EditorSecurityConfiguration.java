package nl.wegwijs.portal.editor;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.wegwijs.backend.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything that is not the JSON API: the public portal stays open, /redactie needs an editor.
 * Page loads are checked here by path; navigation inside the running UI is checked by {@link EditorAccess}
 * in each editor view, and every editorial service method checks the role again (@PreAuthorize). Vaadin's
 * annotation-based navigation control is off, so the public views need no security annotations. CSRF and session handling are Vaadin's and Spring's;
 * a login gets a new session id (session fixation).
 */
@Configuration(proxyBeanMethods = false)
class EditorSecurityConfiguration {

    static final String LOGIN = "/redactie/login";

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(LOGIN).permitAll()
                // The provider's "klopt dit nog?" page: the signed link in the mail is the only credential.
                .requestMatchers("/bevestigen/**").permitAll()
                // The start page and the password page only need a login: they send a one-time-password
                // account to the password page instead of failing.
                .requestMatchers("/redactie", "/redactie/wachtwoord").authenticated()
                .requestMatchers("/redactie/**").hasRole("EDITOR"));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        SecurityHeaders.apply(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl("/redactie")
                .enableNavigationAccessControl(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

}
