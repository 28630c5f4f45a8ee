package nl.wegwijs.backend.interop;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors' imports and exports (the API security chain requires the EDITOR role under /api/v1/editor).
 * The file is the request body; {@code dryRun} defaults to true, so nothing is written by accident.
 */
@RestController
@RequestMapping("/api/v1/editor")
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ImportRuns imports;
    private final CsvTransfer csv;
    private final InteropSettings settings;

    ImportController(ImportRuns imports, CsvTransfer csv, InteropSettings settings) {
        this.imports = imports;
        this.csv = csv;
        this.settings = settings;
    }

    @PostMapping("/import/hsds")
    ImportReport importHsds(@RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request) {
        return run(ImportFormat.HSDS, "HSDS (API)", dryRun, request);
    }

    @PostMapping("/import/entries.csv")
    ImportReport importCsv(@RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request) {
        return run(ImportFormat.CSV, "CSV (API)", dryRun, request);
    }

    /** A real import is tracked like the editor screen's, so the two never run at once. */
    private ImportReport run(ImportFormat format, String label, boolean dryRun, HttpServletRequest request) {
        byte[] content = body(request);
        return dryRun ? imports.dryRun(format, content) : imports.importNow(format, label, content);
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
