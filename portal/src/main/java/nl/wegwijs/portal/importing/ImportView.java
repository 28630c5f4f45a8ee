package nl.wegwijs.portal.importing;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.wegwijs.backend.interop.ImportFormat;
import nl.wegwijs.backend.interop.ImportReport;
import nl.wegwijs.backend.interop.ImportRuns;
import nl.wegwijs.backend.interop.MalformedImportException;
import nl.wegwijs.backend.interop.UploadTooLargeException;
import nl.wegwijs.backend.searching.IndexRebuilds;
import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.TaskAlreadyRunningException;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.portal.editor.EditorMenu;
import org.jspecify.annotations.Nullable;

/**
 * /redactie/import: a CSV or HSDS file is first checked (dry run, nothing stored) with a report per
 * record; "Importeren" then runs it in the background and the bar follows it by polling (no push: that
 * would need a frontend bundle build). Admins can rebuild the search index here too.
 */
@Route("redactie/import")
class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_RUNNING_MS = 500;
    private static final int POLL_IDLE_MS = 5000;

    private final ImportRuns imports;
    private final IndexRebuilds rebuilds;
    private final BackgroundTasks tasks;
    private final AuthenticationContext auth;
    private final ImportReportPanel report = new ImportReportPanel();
    private final Button importNow = new Button();
    private final Button rebuild = new Button();
    private final TaskProgressPanel importProgress = new TaskProgressPanel(TaskKind.IMPORT);
    private final TaskProgressPanel rebuildProgress = new TaskProgressPanel(TaskKind.INDEX_REBUILD);
    private @Nullable Checked checked;
    private @Nullable Registration polling;

    /** A file that passed its dry run, waiting for "Importeren". */
    private record Checked(String fileName, ImportFormat format, byte[] content) {}

    ImportView(ImportRuns imports, IndexRebuilds rebuilds, BackgroundTasks tasks, AuthenticationContext auth) {
        this.imports = imports;
        this.rebuilds = rebuilds;
        this.tasks = tasks;
        this.auth = auth;
        long megabytes = Math.max(1, imports.maxUpload() / (1024 * 1024));
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> dryRun(meta.fileName(), data)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxUpload()));
        upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
        upload.setI18n(UploadTexts.dutch(this::getTranslation, megabytes));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage()));
        importNow.setText(getTranslation("editor.import.start"));
        importNow.addThemeVariants(ButtonVariant.PRIMARY);
        importNow.setEnabled(false);
        importNow.addClickListener(e -> startImport(upload));
        add(new EditorMenu(), new H1(getTranslation("editor.import.title")),
                new Paragraph(getTranslation("editor.import.explain", megabytes)), upload, report, importNow, importProgress);
        if (auth.hasRole("ADMIN")) {
            rebuild.setText(getTranslation("editor.tasks.INDEX_REBUILD.start"));
            rebuild.addClickListener(e -> startRebuild());
            add(new H2(getTranslation("editor.tasks.INDEX_REBUILD.title")),
                    new Paragraph(getTranslation("editor.tasks.INDEX_REBUILD.explain")), rebuild, rebuildProgress);
        }
        refresh();
    }

    private void dryRun(String fileName, byte[] content) {
        checked = null;
        importNow.setEnabled(false);
        ImportFormat format = ImportFormat.ofFileName(fileName).orElse(null);
        if (format == null) {
            report.clear();
            Notification.show(getTranslation("editor.import.wrongType"));
            return;
        }
        try {
            ImportReport result = imports.dryRun(format, content);
            report.show(fileName, result);
            if (result.problems().isEmpty() && result.valid() > result.skipped()) {
                checked = new Checked(fileName, format, content);
            }
        } catch (MalformedImportException e) {
            report.clear();
            Notification.show(getTranslation("editor.import.unreadable", e.getMessage()));
        } catch (UploadTooLargeException e) {
            report.clear();
            Notification.show(getTranslation("editor.import.tooLarge", e.limit() / (1024 * 1024)));
        }
        refresh();
    }

    private void startImport(Upload upload) {
        Checked file = checked;
        if (file == null) return;
        try {
            imports.importInBackground(file.format(), file.fileName(), file.content());
            checked = null;
            upload.clearFileList();
        } catch (TaskAlreadyRunningException e) {
            Notification.show(getTranslation("editor.tasks.IMPORT.busy", e.running().label()));
        }
        refresh();
    }

    private void startRebuild() {
        try {
            rebuilds.startInBackground(auth.getPrincipalName().orElse("admin"));
        } catch (TaskAlreadyRunningException e) {
            Notification.show(getTranslation("editor.tasks.INDEX_REBUILD.busy"));
        }
        refresh();
    }

    private void refresh() {
        var importing = tasks.latest(TaskKind.IMPORT);
        var rebuilding = tasks.latest(TaskKind.INDEX_REBUILD);
        importProgress.show(importing);
        rebuildProgress.show(rebuilding);
        boolean importRunning = importing.map(t -> t.running()).orElse(false);
        boolean rebuildRunning = rebuilding.map(t -> t.running()).orElse(false);
        importNow.setEnabled(checked != null && !importRunning);
        rebuild.setEnabled(!rebuildRunning);
        // Poll fast only while something runs; slowly otherwise, so a run another editor starts still shows.
        getUI().ifPresent(ui -> ui.setPollInterval(importRunning || rebuildRunning ? POLL_RUNNING_MS : POLL_IDLE_MS));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) polling.remove();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The navigation guard checks every /redactie route; this keeps the view safe on its own as well.
        if (!auth.isAuthenticated() || !(auth.hasRole("EDITOR") || auth.hasRole("ADMIN"))) {
            event.forwardTo("redactie/login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.import.title");
    }
}
