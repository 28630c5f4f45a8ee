package nl.wegwijs.backend.api;

import java.net.URI;
import java.util.Locale;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns API failures into RFC 9457 problem+json in the caller's language (Accept-Language nl or en).
 * Nothing here leaks a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(EntryNotFoundException.class)
    ProblemDetail notFound(EntryNotFoundException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("api.entry.notFound", new Object[] {e.entryId()}, locale));
        problem.setTitle(messages.getMessage("api.entry.notFound.title", null, locale));
        problem.setType(URI.create("https://wegwijs.nl/problems/entry-not-found"));
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e, Locale locale) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.param.invalid", new Object[] {e.parameter(), detail}, locale));
        problem.setTitle(messages.getMessage("api.param.invalid.title", null, locale));
        problem.setType(URI.create("https://wegwijs.nl/problems/invalid-parameter"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /**
     * Spring Security's refusals are no API failures: rethrown, they reach the security filter,
     * which answers 401 or 403 problem+json (ProblemResponses) instead of this class's 500.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, Locale locale) {
        log.error("Unexpected API failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("api.unexpected", null, locale));
        problem.setTitle(messages.getMessage("api.unexpected.title", null, locale));
        return problem;
    }
}
