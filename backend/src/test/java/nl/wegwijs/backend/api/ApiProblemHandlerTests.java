package nl.wegwijs.backend.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ApiProblemHandler turns failures into a 500 problem but lets Spring Security's refusals pass. The
 * HTTP side (401/403 problem+json from inside a controller) is in ApiSecurityTests, with
 * {@link SecurityProbe}.
 */
public class ApiProblemHandlerTests {

    private final ApiProblemHandler handler = new ApiProblemHandler(messages());

    @Test
    void security_refusals_are_rethrown_unchanged() {
        AccessDeniedException denied = new AccessDeniedException("probe");
        InsufficientAuthenticationException anonymous = new InsufficientAuthenticationException("probe");
        assertThatThrownBy(() -> handler.security(denied)).isSameAs(denied);
        assertThatThrownBy(() -> handler.security(anonymous)).isSameAs(anonymous);
    }

    @Test
    void other_failures_still_become_a_500_problem_without_a_stack_trace() {
        var problem = handler.unexpected(new IllegalStateException("secret detail"), Locale.of("nl"));
        assertThat(problem.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR.value());
        assertThat(problem.getDetail()).isEqualTo("Er ging iets mis.").doesNotContain("secret");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("api.unexpected", Locale.of("nl"), "Er ging iets mis.");
        m.addMessage("api.unexpected.title", Locale.of("nl"), "Fout");
        return m;
    }

    /**
     * An API controller that refuses the way a @PreAuthorize service does (imported by
     * ApiSecurityTests only; as a test's nested class, component scanning skips it).
     */
    @RestController
    public static class SecurityProbe {
        @GetMapping("/api/v1/probe/denied")
        String denied() {
            throw new AccessDeniedException("probe");
        }

        @GetMapping("/api/v1/probe/unauthenticated")
        String unauthenticated() {
            throw new InsufficientAuthenticationException("probe");
        }

        @GetMapping("/api/v1/probe/broken")
        String broken() {
            throw new IllegalStateException("probe");
        }
    }
}
