package nl.wegwijs.backend.crawlreview;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.wegwijs.crawler.LinkStatus;
import org.jspecify.annotations.Nullable;

/** The latest link check of one entry's website; replaced by the next check. */
@Entity
@Table(name = "link_check")
class LinkCheckResult {

    @Id
    private String entryId;

    private String entryName;
    private String url;
    private String outcome;
    private @Nullable Integer httpStatus;
    private @Nullable String newUrl;
    private @Nullable String detail;
    private Instant checkedAt;

    protected LinkCheckResult() {}

    LinkCheckResult(String entryId, String entryName, String url, LinkStatus status, Instant checkedAt) {
        this.entryId = entryId;
        this.entryName = cut(entryName, 300);
        this.url = cut(url, 1000);
        this.checkedAt = checkedAt;
        switch (status) {
            case LinkStatus.Ok ok -> {
                this.outcome = "OK";
                this.httpStatus = ok.status();
            }
            case LinkStatus.Broken broken -> {
                this.outcome = "BROKEN";
                this.httpStatus = broken.status();
            }
            case LinkStatus.Moved moved -> {
                this.outcome = "MOVED";
                String target = moved.newUrl().toString();
                this.newUrl = target.length() > 1000 ? null : target;
            }
            case LinkStatus.Unreachable unreachable -> {
                this.outcome = "UNREACHABLE";
                this.detail = cut(unreachable.reason(), 500);
            }
        }
    }

    String getEntryId() { return entryId; }
    String getUrl() { return url; }
    String getOutcome() { return outcome; }

    LinkProblem problem() {
        return new LinkProblem(entryId, entryName, url, LinkProblem.Kind.valueOf(outcome), httpStatus, newUrl, detail,
                checkedAt);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkCheckResult other && entryId != null && entryId.equals(other.entryId);
    }

    @Override
    public int hashCode() {
        return LinkCheckResult.class.hashCode();
    }
}
