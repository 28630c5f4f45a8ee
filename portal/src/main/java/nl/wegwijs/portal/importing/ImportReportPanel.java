package nl.wegwijs.portal.importing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.backend.interop.ImportProblem;
import nl.wegwijs.backend.interop.ImportReport;

/** A dry run's report: how many records are fine, and per record what is wrong (errors) or noted (warnings). */
class ImportReportPanel extends Div {

    /** One row: an error stops the import, a warning does not. */
    record Row(boolean error, ImportProblem problem) {}

    private final Paragraph summary = new Paragraph();
    private final Grid<Row> rows = new Grid<>();

    ImportReportPanel() {
        addClassName("import-report");
        summary.setId("import-summary");
        rows.addColumn(r -> getTranslation(r.error() ? "editor.import.error" : "editor.import.warning"))
                .setHeader(getTranslation("editor.import.kind")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(this::where).setHeader(getTranslation("editor.import.where")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.problem().recordId() == null ? "" : r.problem().recordId())
                .setHeader(getTranslation("editor.import.record"));
        rows.addColumn(r -> r.problem().field()).setHeader(getTranslation("editor.import.field"));
        rows.addColumn(r -> explain(r.problem())).setHeader(getTranslation("editor.import.explanation")).setFlexGrow(3);
        rows.setAllRowsVisible(true);
        setVisible(false);
        add(summary, rows);
    }

    void show(String fileName, ImportReport report) {
        setVisible(true);
        String key = report.problems().isEmpty() ? "editor.import.dryRun.ok" : "editor.import.dryRun.problems";
        summary.setText(getTranslation(key, fileName, report.records(), report.valid() - report.skipped(),
                report.skipped(), report.problems().size()));
        List<Row> all = new ArrayList<>();
        report.problems().forEach(p -> all.add(new Row(true, p)));
        report.warnings().forEach(p -> all.add(new Row(false, p)));
        rows.setItems(all);
        rows.setVisible(!all.isEmpty());
    }

    void clear() {
        setVisible(false);
        rows.setItems(List.of());
    }

    private String where(Row r) {
        ImportProblem p = r.problem();
        if (p.line() != null) return getTranslation("editor.import.line", p.line());
        if (p.index() != null) return getTranslation("editor.import.index", p.index() + 1);
        return "";
    }

    /** The editors' own Dutch explanation of the rule; the backend's English text only for a rule we lack. */
    private String explain(ImportProblem p) {
        String text = getTranslation(p.code());
        if (text.startsWith("!")) text = getTranslation("editor.import.code." + p.code());
        return text.startsWith("!") ? p.message() : text;
    }
}
