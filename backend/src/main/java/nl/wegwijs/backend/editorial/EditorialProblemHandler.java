package nl.wegwijs.backend.editorial;

import java.net.URI;
import java.util.Locale;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the editorial endpoints: 404 unknown entry, 400 bad proposal, 429 too many reports. */
@RestControllerAdvice(basePackageClasses = EditorialProblemHandler.class)
class EditorialProblemHandler {

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    EditorialProblemHandler() {
        texts.setBasename("editorial-messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    @ExceptionHandler(EntryNotFoundException.class)
    ProblemDetail notFound(EntryNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published entry " + e.entryId());
        problem.setType(URI.create("https://wegwijs.nl/problems/entry-not-found"));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(texts.getMessage("correction.invalid.title", null, locale));
        problem.setType(URI.create("https://wegwijs.nl/problems/invalid-proposal"));
        return problem;
    }

    @ExceptionHandler(CorrectionController.CorrectionThrottledException.class)
    ProblemDetail throttled(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                texts.getMessage("correction.throttled", null, locale));
        problem.setTitle(texts.getMessage("correction.throttled.title", null, locale));
        problem.setType(URI.create("https://wegwijs.nl/problems/too-many-corrections"));
        return problem;
    }
}
