package nl.wegwijs.backend.interop;

import java.net.URI;
import nl.wegwijs.backend.tasks.TaskAlreadyRunningException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A file that cannot be read at all is a 400 problem; an oversized one a 413; a second import while one
 * runs a 409 (RFC 9457 problem+json).
 */
@RestControllerAdvice(basePackageClasses = InteropProblemHandler.class)
class InteropProblemHandler {

    @ExceptionHandler(MalformedImportException.class)
    ProblemDetail malformed(MalformedImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unreadable import file");
        problem.setType(URI.create("https://wegwijs.nl/problems/malformed-import"));
        return problem;
    }

    @ExceptionHandler(TaskAlreadyRunningException.class)
    ProblemDetail busy(TaskAlreadyRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another import is running (" + e.running().label() + "); try again when it has finished.");
        problem.setTitle("Import already running");
        problem.setType(URI.create("https://wegwijs.nl/problems/import-running"));
        return problem;
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ProblemDetail tooLarge(UploadTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than the limit of " + e.limit() + " bytes; split the file.");
        problem.setTitle("Upload too large");
        problem.setType(URI.create("https://wegwijs.nl/problems/upload-too-large"));
        problem.setProperty("limit", e.limit());
        return problem;
    }
}
