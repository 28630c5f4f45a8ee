package nl.wegwijs.backend.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The JSON API: reading is public, every write needs an editor (HTTP Basic, no session). The public
 * "klopt er iets niet?" corrections are the one anonymous write; they only reach the review queue and
 * are rate limited. Without cookies there is nothing for CSRF to ride on, so CSRF is off here only.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String EDITOR = Role.EDITOR.name();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/api-docs", "/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/entries/*/corrections").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        // Before the editors' rule: the first matching rule decides, and a rebuild is for admins.
                        .requestMatchers("/api/v1/editor/index/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/editor/**").hasRole(EDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/suggest", "/api/v1/entries/**",
                                "/api/hsds/**", "/api-docs", "/api-docs/**", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .anyRequest().hasRole(EDITOR))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // Stateless Basic auth: no session to log out of and no saved request to return to.
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        SecurityHeaders.apply(http);
        return http.build();
    }
}
