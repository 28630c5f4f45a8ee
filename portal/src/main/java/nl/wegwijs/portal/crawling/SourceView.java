package nl.wegwijs.portal.crawling;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.backend.crawlreview.CrawlAlreadyRunningException;
import nl.wegwijs.backend.crawlreview.CrawlRuns;
import nl.wegwijs.backend.crawlreview.CrawlSources;
import nl.wegwijs.backend.crawlreview.InvalidSourceException;
import nl.wegwijs.backend.crawlreview.RunLogEntry;
import nl.wegwijs.backend.crawlreview.RunSummary;
import nl.wegwijs.backend.crawlreview.SourceDetails;
import nl.wegwijs.backend.crawlreview.SourceForm;
import org.jspecify.annotations.Nullable;

/**
 * /redactie/bronnen/{id}: one source's form, "crawl now" and stop, the active run's progress (polled every
 * two seconds while the page is open: Vaadin's polling needs no frontend build) and the run history with log.
 */
@Route("redactie/bronnen/:id")
@RolesAllowed("EDITOR")
class SourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";
    private static final int POLL_MS = 2000;

    private final CrawlSources sources;
    private final CrawlRuns runs;
    private final SourceEditor editor = new SourceEditor();
    private final H1 title = new H1();
    private final Paragraph progress = new Paragraph();
    private final Button crawlNow = new Button();
    private final Button stop = new Button();
    private final Grid<RunSummary> history = new Grid<>();
    private final Grid<RunLogEntry> log = new Grid<>();
    private final VerticalLayout runPanel = new VerticalLayout();
    private @Nullable String sourceId;
    private @Nullable RunSummary selected;
    private @Nullable Registration polling;

    SourceView(CrawlSources sources, CrawlRuns runs) {
        this.sources = sources;
        this.runs = runs;
        editor.addSaveListener(e -> save(e.form));
        editor.addDeleteListener(e -> delete(e.id));
        crawlNow.setText(getTranslation("crawl.action.crawlNow"));
        crawlNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        crawlNow.addClickListener(e -> crawlNow());
        stop.setText(getTranslation("crawl.action.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> runs.activeRun(currentId()).ifPresent(r -> {
            runs.stop(r.id());
            Notification.show(getTranslation("crawl.run.stopping"));
            refreshRuns();
        }));
        history.addColumn(r -> Texts.time(r.queuedAt(), getLocale())).setHeader(getTranslation("crawl.run.queuedAt"));
        history.addColumn(r -> getTranslation("crawl.run.trigger." + r.trigger())).setHeader(getTranslation("crawl.run.trigger"));
        history.addColumn(r -> getTranslation("crawl.run.status." + r.status())).setHeader(getTranslation("crawl.run.status"));
        history.addColumn(RunSummary::pages).setHeader(getTranslation("crawl.run.pages"));
        history.addColumn(RunSummary::entries).setHeader(getTranslation("crawl.run.entries"));
        history.addColumn(RunSummary::proposals).setHeader(getTranslation("crawl.run.proposals"));
        history.addColumn(RunSummary::errors).setHeader(getTranslation("crawl.run.errors"));
        history.addColumn(r -> Texts.time(r.endedAt(), getLocale())).setHeader(getTranslation("crawl.run.endedAt"));
        history.setAllRowsVisible(true);
        history.asSingleSelect().addValueChangeListener(e -> { selected = e.getValue(); refreshLog(); });
        log.addColumn(l -> Texts.time(l.at(), getLocale())).setHeader(getTranslation("crawl.log.at")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(RunLogEntry::level).setHeader(getTranslation("crawl.log.level")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(RunLogEntry::message).setHeader(getTranslation("crawl.log.message")).setFlexGrow(1);
        log.setHeight("24rem");
        runPanel.setPadding(false);
        runPanel.add(new H2(getTranslation("crawl.run.title")), new HorizontalLayout(crawlNow, stop), progress,
                history, new H2(getTranslation("crawl.log.title")), log);
        add(new nl.wegwijs.portal.editor.EditorMenu(), title, editor, runPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            sourceId = null;
            title.setText(getTranslation("crawl.sources.new"));
            editor.setSource(new SourceForm(null, "", List.of(), List.of(), List.of(), "", true, null, null));
            runPanel.setVisible(false);
            return;
        }
        Optional<SourceDetails> source = sources.find(id);
        if (source.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sourceId = id;
        title.setText(source.get().name());
        editor.setSource(source.get().form());
        runPanel.setVisible(true);
        refreshRuns();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> { if (sourceId != null) refreshRuns(); });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) polling.remove();
    }

    private void save(SourceForm form) {
        try {
            SourceDetails saved = sources.save(form);
            Notification.show(getTranslation("crawl.sources.saved", saved.name()));
            if (form.id() == null) {
                getUI().ifPresent(ui -> ui.navigate(SourceView.class, new RouteParameters("id", saved.id())));
            } else {
                title.setText(saved.name());
                editor.setSource(saved.form());
            }
        } catch (InvalidSourceException e) {
            editor.showError(e.field(), getTranslation("crawl.error." + e.field(), e.value()));
        }
    }

    private void delete(String id) {
        sources.delete(id);
        Notification.show(getTranslation("crawl.sources.deleted"));
        getUI().ifPresent(ui -> ui.navigate(SourcesView.class));
    }

    private void crawlNow() {
        try {
            runs.startNow(currentId(), SourcesView.currentUser());
            Notification.show(getTranslation("crawl.run.started", title.getText()));
        } catch (CrawlAlreadyRunningException e) {
            Notification.show(getTranslation("crawl.run.alreadyRunning", title.getText()));
        }
        selected = null;
        refreshRuns();
    }

    private void refreshRuns() {
        Optional<RunSummary> active = runs.activeRun(currentId());
        crawlNow.setEnabled(active.isEmpty());
        stop.setEnabled(active.isPresent());
        progress.setText(active.map(r -> getTranslation("crawl.run.status." + r.status()) + " · "
                + getTranslation("crawl.run.counts", r.pages(), r.entries(), r.proposals(), r.errors()))
                .orElse(getTranslation("crawl.run.idle")));
        List<RunSummary> recent = runs.history(currentId(), 20);
        history.setItems(recent);
        if (selected == null && !recent.isEmpty()) selected = recent.getFirst();
        if (selected != null) {
            UUID id = selected.id();
            // Records compare by all fields; the refreshed row with new counts is still the selected run.
            recent.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(history::select);
        }
        refreshLog();
    }

    private void refreshLog() {
        log.setItems(selected == null ? List.of() : runs.log(selected.id()));
    }

    private String currentId() {
        if (sourceId == null) throw new IllegalStateException("no source yet");
        return sourceId;
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
