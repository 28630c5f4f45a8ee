package nl.wegwijs.backend.crawlreview;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources editors configure: which sites, how far, how often, and whether at all. */
@Service
@Transactional
public class CrawlSources {

    private final CrawlSourceRepository sources;
    private final SourceRunRepository runs;
    private final CrawlerProperties properties;
    private final Clock clock;

    CrawlSources(CrawlSourceRepository sources, SourceRunRepository runs, CrawlerProperties properties, Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SourceDetails> list() {
        return sources.findAllByOrderByName().stream().map(this::details).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SourceDetails> find(String id) {
        return sources.findById(id).map(this::details);
    }

    /**
     * Creates or updates a source; a new or changed schedule counts from now.
     *
     * @throws InvalidSourceException naming the field to correct
     */
    public SourceDetails save(SourceForm form) {
        validate(form);
        Instant now = clock.instant();
        CrawlSource source = form.id() == null ? new CrawlSource(freeId(form.name()), now)
                : sources.findById(form.id()).orElseThrow(() -> new InvalidSourceException("id", form.id()));
        boolean rescheduled = form.id() == null || !java.util.Objects.equals(source.getSchedule(), blankToNull(form.schedule()))
                || source.getNextRunAt() == null;
        Instant next = rescheduled ? firstRun(form.schedule(), now) : source.getNextRunAt();
        source.update(form, next, now);
        return details(sources.save(source));
    }

    public void delete(String id) {
        sources.deleteById(id);
    }

    private void validate(SourceForm form) {
        if (form.name().isBlank() || form.name().length() > 200) throw new InvalidSourceException("name", form.name());
        if (form.startUrls().isEmpty()) throw new InvalidSourceException("startUrls", "");
        for (String url : form.startUrls()) {
            if (!isWebUrl(url)) throw new InvalidSourceException("startUrls", url);
        }
        for (String host : form.allowedHosts()) {
            if (!host.matches("(?i)[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) throw new InvalidSourceException("allowedHosts", host);
        }
        for (String prefix : form.allowedPathPrefixes()) {
            if (!prefix.startsWith("/") || prefix.contains(" ")) throw new InvalidSourceException("allowedPathPrefixes", prefix);
        }
        String schedule = blankToNull(form.schedule());
        if (schedule != null) {
            Schedule parsed = Schedule.parse(schedule).orElseThrow(() -> new InvalidSourceException("schedule", schedule));
            if (parsed.shortestGap(clock.instant(), clock.getZone()).compareTo(properties.shortestInterval()) < 0) {
                throw new InvalidSourceException("schedule", schedule);
            }
        }
        if (form.maxPages() != null && (form.maxPages() < 1 || form.maxPages() > properties.maxPages())) {
            throw new InvalidSourceException("maxPages", form.maxPages().toString());
        }
        if (form.maxDepth() != null && (form.maxDepth() < 0 || form.maxDepth() > properties.maxDepth())) {
            throw new InvalidSourceException("maxDepth", form.maxDepth().toString());
        }
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private @Nullable Instant firstRun(@Nullable String schedule, Instant now) {
        String s = blankToNull(schedule);
        return s == null ? null : Schedule.parse(s).orElseThrow().next(now, clock.getZone());
    }

    private String freeId(String name) {
        String base = TaxonomyTerm.slug(name);
        base = base.isEmpty() ? "bron" : base.substring(0, Math.min(base.length(), 90));
        String id = base;
        for (int n = 2; sources.existsById(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private SourceDetails details(CrawlSource s) {
        RunSummary last = runs.findFirstBySourceIdOrderByQueuedAtDesc(s.getId()).map(SourceRun::summary).orElse(null);
        return new SourceDetails(s.getId(), s.getName(), s.getStartUrls(), s.getAllowedHosts(), s.getAllowedPrefixes(),
                s.getSchedule(), s.isEnabled(), s.getMaxPages(), s.getMaxDepth(), s.getNextRunAt(), last);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
