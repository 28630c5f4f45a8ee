package nl.wegwijs.portal.crawling;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.backend.crawlreview.CrawlAlreadyRunningException;
import nl.wegwijs.backend.crawlreview.CrawlRuns;
import nl.wegwijs.backend.crawlreview.CrawlSources;
import nl.wegwijs.backend.crawlreview.RunSummary;
import nl.wegwijs.backend.crawlreview.SourceDetails;

/**
 * /redactie/bronnen: every source with its schedule and latest run, and "crawl now". Access: /redactie/** needs
 * the EDITOR role (editor.EditorSecurityConfiguration, by path); the annotation says the same for readers.
 */
@Route("redactie/bronnen")
@RolesAllowed("EDITOR")
class SourcesView extends VerticalLayout implements HasDynamicTitle {

    private final CrawlSources sources;
    private final CrawlRuns runs;
    private final Grid<SourceDetails> grid = new Grid<>();

    SourcesView(CrawlSources sources, CrawlRuns runs) {
        this.sources = sources;
        this.runs = runs;
        setSizeFull();
        Button add = new Button(getTranslation("crawl.sources.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(SourceView.class, new RouteParameters("id", SourceView.NEW))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(SourceDetails::name).setHeader(getTranslation("crawl.field.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.enabled() ? "crawl.sources.on" : "crawl.sources.off"))
                .setHeader(getTranslation("crawl.field.enabled"));
        grid.addColumn(s -> s.schedule() == null ? getTranslation("crawl.sources.byHand") : s.schedule())
                .setHeader(getTranslation("crawl.field.schedule"));
        grid.addColumn(s -> Texts.time(s.nextRunAt(), getLocale())).setHeader(getTranslation("crawl.sources.next"));
        grid.addColumn(s -> lastRun(s.lastRun())).setHeader(getTranslation("crawl.sources.last")).setFlexGrow(3);
        grid.addComponentColumn(s -> new Button(getTranslation("crawl.action.crawlNow"), e -> crawlNow(s)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(SourceView.class, new RouteParameters("id", e.getItem().id()))));
        refresh();
        add(new nl.wegwijs.portal.editor.EditorMenu(), new H1(getTranslation("crawl.sources.title")), add, grid);
    }

    private String lastRun(RunSummary run) {
        return run == null ? "" : getTranslation("crawl.run.status." + run.status()) + " · "
                + getTranslation("crawl.run.counts", run.pages(), run.entries(), run.proposals(), run.errors());
    }

    private void crawlNow(SourceDetails source) {
        try {
            runs.startNow(source.id(), currentUser());
            Notification.show(getTranslation("crawl.run.started", source.name()));
        } catch (CrawlAlreadyRunningException e) {
            Notification.show(getTranslation("crawl.run.alreadyRunning", source.name()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(sources.list());
    }

    static String currentUser() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "redactie" : auth.getName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crawl.sources.title");
    }
}
