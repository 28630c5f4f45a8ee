package nl.wegwijs.backend.crawlreview;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A provider site editors want kept in view. Validated by {@link CrawlSources} before it is stored. */
@Entity
@Table(name = "crawl_source")
class CrawlSource {

    @Id
    private String id;

    private String name;

    @Convert(converter = LinesConverter.class)
    private List<String> startUrls;

    @Convert(converter = LinesConverter.class)
    private List<String> allowedHosts;

    @Convert(converter = LinesConverter.class)
    private List<String> allowedPrefixes;

    private @Nullable String schedule;
    private boolean enabled;
    private @Nullable Integer maxPages;
    private @Nullable Integer maxDepth;
    private @Nullable Instant nextRunAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected CrawlSource() {}

    CrawlSource(String id, Instant now) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new IllegalArgumentException("A source id is a lowercase slug: " + id);
        }
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(SourceForm form, @Nullable Instant nextRunAt, Instant now) {
        this.name = form.name().strip();
        this.startUrls = List.copyOf(form.startUrls());
        this.allowedHosts = List.copyOf(form.allowedHosts());
        this.allowedPrefixes = List.copyOf(form.allowedPathPrefixes());
        this.schedule = form.schedule() == null || form.schedule().isBlank() ? null : form.schedule().strip();
        this.enabled = form.enabled();
        this.maxPages = form.maxPages();
        this.maxDepth = form.maxDepth();
        this.nextRunAt = nextRunAt;
        this.updatedAt = now;
    }

    String getId() { return id; }
    String getName() { return name; }
    List<String> getStartUrls() { return startUrls; }
    List<String> getAllowedHosts() { return allowedHosts; }
    List<String> getAllowedPrefixes() { return allowedPrefixes; }
    @Nullable String getSchedule() { return schedule; }
    boolean isEnabled() { return enabled; }
    @Nullable Integer getMaxPages() { return maxPages; }
    @Nullable Integer getMaxDepth() { return maxDepth; }
    @Nullable Instant getNextRunAt() { return nextRunAt; }
    void setNextRunAt(@Nullable Instant nextRunAt) { this.nextRunAt = nextRunAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrawlSource other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CrawlSource.class.hashCode();
    }
}
