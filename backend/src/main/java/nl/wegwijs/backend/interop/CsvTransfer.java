package nl.wegwijs.backend.interop;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.tasks.TaskProgress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries to and from CSV (Apache Commons CSV) for the spreadsheets editors already keep: semicolon
 * separated with a byte-order mark, as Dutch spreadsheet programs open it; the import also takes commas.
 * Unknown categories are refused (a CSV names terms, it cannot define them). All or nothing, as HSDS.
 */
@Service
public class CsvTransfer {

    private final EntityManager em;
    private final BatchImport batch;

    CsvTransfer(EntityManager em, BatchImport batch) {
        this.em = em;
        this.batch = batch;
    }

    /** Every entry, draft, published or archived, in id order. */
    @Transactional(readOnly = true)
    public String export() {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, format(';'))) {
            printer.printRecord(EntryCsv.COLUMNS);
            for (Entry e : em.createQuery("select e from Entry e order by e.id", Entry.class).getResultList()) {
                printer.printRecord(EntryCsv.row(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public ImportReport importCsv(byte[] content, boolean dryRun) {
        return importCsv(content, dryRun, TaskProgress.NONE);
    }

    ImportReport importCsv(byte[] content, boolean dryRun, TaskProgress progress) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new MalformedImportException("The file is empty");
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<HsdsImport.Numbered> valid = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(format(delimiter).builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            if (!parser.getHeaderNames().contains("name")) {
                throw new MalformedImportException("The header has no 'name' column; expected: " + String.join(";", EntryCsv.COLUMNS));
            }
            parser.getHeaderNames().stream().filter(h -> !EntryCsv.COLUMNS.contains(h)).forEach(h -> warnings.add(
                    ImportProblem.atLine(1, null, h, "csv.column.unknown", h, "line 1: column '" + h + "' is not ours and was not imported")));
            for (CSVRecord record : parser) {
                rows++;
                int line = (int) record.getRecordNumber() + 1;
                ImportedEntry entry = EntryCsv.read(record, line, problems);
                if (entry == null) continue;
                if (!seen.add(entry.id())) {
                    problems.add(EntryCsv.problem(line, entry.id(), "id", "import.id.duplicate", entry.id()));
                    continue;
                }
                valid.add(new HsdsImport.Numbered(line, entry));
                categories.addAll(entry.categories());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedImportException("The file is not readable CSV: " + e.getMessage());
        }
        Set<String> unknown = batch.unknownCategories(new HashSet<>(categories));
        for (HsdsImport.Numbered n : valid) {
            n.entry().categories().stream().filter(unknown::contains).forEach(c ->
                    problems.add(EntryCsv.problem(n.position(), n.entry().id(), "categories", "field.category.unknown", c)));
        }
        return HsdsImport.finish("csv", rows, valid, problems, warnings, dryRun, progress, batch);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    }
}
