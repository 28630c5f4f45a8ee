package nl.wegwijs.backend.interop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import nl.wegwijs.backend.tasks.TaskProgress;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an HSDS 3.0 dataset: a page of the HSDS API ({@code contents}), a JSON array of services or
 * one service. Every record is validated against the HSDS service schema, then against the editors'
 * field rules. All or nothing: one invalid record and nothing is written (the report says what to fix).
 */
@Service
public class HsdsImport {

    private final HsdsSchemas schemas;
    private final BatchImport batch;
    private final JsonMapper json = JsonMapper.builder().build();

    HsdsImport(HsdsSchemas schemas, BatchImport batch) {
        this.schemas = schemas;
        this.batch = batch;
    }

    public ImportReport run(byte[] content, boolean dryRun) {
        return run(content, dryRun, written -> {});
    }

    public ImportReport run(byte[] content, boolean dryRun, IntConsumer progress) {
        return run(content, dryRun, new TaskProgress() {
            @Override
            public void total(long total) {}

            @Override
            public void done(long done) {
                progress.accept((int) done);
            }
        });
    }

    ImportReport run(byte[] content, boolean dryRun, TaskProgress progress) {
        List<JsonNode> records = records(content);
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<Numbered> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String hsdsId = record.isObject() ? HsdsReader.text(record, "id") : null;
            List<HsdsSchemas.Violation> violations = schemas.validateService(record);
            for (HsdsSchemas.Violation v : violations) {
                problems.add(ImportProblem.atIndex(i, hsdsId, v.path(), "hsds.schema", v.message(), v.message()));
            }
            if (!violations.isEmpty()) continue;
            ImportedEntry entry = new HsdsReader(i, problems, warnings).read(record);
            if (entry == null) continue;
            if (!seen.add(entry.id())) {
                problems.add(ImportProblem.atIndex(i, entry.id(), "id", "import.id.duplicate", entry.id(),
                        "id " + entry.id() + " appears more than once in this file"));
                continue;
            }
            valid.add(new Numbered(i, entry));
        }
        return finish("hsds", records.size(), valid, problems, warnings, dryRun, progress, batch);
    }

    /** A checked record and where it was in the file (HSDS: index from 0; CSV: line from 1). */
    record Numbered(int position, ImportedEntry entry) {}

    /** Shared by the HSDS and CSV imports: skip stored ids, then write everything or nothing. */
    static ImportReport finish(String format, int total, List<Numbered> valid, List<ImportProblem> problems,
            List<ImportProblem> warnings, boolean dryRun, TaskProgress progress, BatchImport batch) {
        Set<String> existing = batch.existing(valid.stream().map(n -> n.entry().id()).toList());
        List<ImportedEntry> fresh = new ArrayList<>();
        for (Numbered n : valid) {
            String id = n.entry().id();
            if (!existing.contains(id)) {
                fresh.add(n.entry());
                continue;
            }
            String message = "an entry with id " + id + " is already stored and stays unchanged";
            warnings.add(format.equals("csv") ? ImportProblem.atLine(n.position(), id, "id", "import.id.exists", id, message)
                    : ImportProblem.atIndex(n.position(), id, "id", "import.id.exists", id, message));
        }
        boolean write = problems.isEmpty() && !dryRun;
        if (write) progress.total(fresh.size());
        int imported = write ? batch.write(fresh, format + "-import", progress::done) : 0;
        return new ImportReport(format, dryRun, total, valid.size(), imported, existing.size(), write,
                List.copyOf(problems), List.copyOf(warnings));
    }

    private List<JsonNode> records(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new MalformedImportException("The file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) throw new MalformedImportException("The file is empty");
        JsonNode list = root.isArray() ? root : root.has("contents") ? root.get("contents") : null;
        if (list == null && root.isObject() && root.has("id") && root.has("name")) return List.of(root);
        if (list == null || !list.isArray()) {
            throw new MalformedImportException("Expected an HSDS page (with contents), an array of services or one service");
        }
        List<JsonNode> records = new ArrayList<>();
        list.forEach(records::add);
        return records;
    }
}
