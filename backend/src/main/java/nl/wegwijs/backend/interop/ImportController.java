package nl.wegwijs.backend.interop;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors' imports and exports (the API security chain requires the EDITOR role under /api/v1/editor).
 * The file is the request body; {@code dryRun} defaults to true, so nothing is written by accident. The report's
 * messages are Dutch, or English with Accept-Language: en. A real import that was refused because of bad records
 * is a 422 problem+json carrying the whole report; a dry run always answers the report itself.
 */
@RestController
@RequestMapping("/api/v1/editor")
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ImportRuns imports;
    private final CsvTransfer csv;
    private final InteropSettings settings;
    private final ImportMessages messages = new ImportMessages();

    ImportController(ImportRuns imports, CsvTransfer csv, InteropSettings settings) {
        this.imports = imports;
        this.csv = csv;
        this.settings = settings;
    }

    @PostMapping("/import/hsds")
    ResponseEntity<?> importHsds(@RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request,
            Locale locale) {
        return answer(run(ImportFormat.HSDS, "HSDS (API)", dryRun, request), locale);
    }

    @PostMapping("/import/entries.csv")
    ResponseEntity<?> importCsv(@RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request,
            Locale locale) {
        return answer(run(ImportFormat.CSV, "CSV (API)", dryRun, request), locale);
    }

    /** A real import is tracked like the editor screen's, so the two never run at once. */
    private ImportReport run(ImportFormat format, String label, boolean dryRun, HttpServletRequest request) {
        byte[] content = body(request);
        return dryRun ? imports.dryRun(format, content) : imports.importNow(format, label, content);
    }

    private ResponseEntity<?> answer(ImportReport raw, Locale locale) {
        ImportReport report = messages.localise(raw, locale);
        if (report.dryRun() || report.problems().isEmpty()) return ResponseEntity.ok(report);
        long bad = report.problems().stream().map(p -> p.index() != null ? "i" + p.index() : "l" + p.line()).distinct().count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.text("import.refused.detail", locale, bad, report.records()));
        problem.setTitle(messages.text("import.refused.title", locale));
        problem.setType(URI.create("https://wegwijs.nl/problems/import-refused"));
        problem.setProperty("format", report.format());
        problem.setProperty("dryRun", report.dryRun());
        problem.setProperty("records", report.records());
        problem.setProperty("valid", report.valid());
        problem.setProperty("imported", report.imported());
        problem.setProperty("skipped", report.skipped());
        problem.setProperty("committed", report.committed());
        problem.setProperty("problems", report.problems());
        problem.setProperty("warnings", report.warnings());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/export/entries.csv")
    ResponseEntity<String> exportCsv() {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wegwijs-entries.csv\"").body(csv.export());
    }

    /** Reads at most the limit plus one byte: a larger upload is refused without holding it in memory. */
    private byte[] body(HttpServletRequest request) {
        long limit = settings.maxUpload().toBytes();
        if (request.getContentLengthLong() > limit) throw new UploadTooLargeException(limit);
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) limit + 1);
            if (content.length > limit) throw new UploadTooLargeException(limit);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
