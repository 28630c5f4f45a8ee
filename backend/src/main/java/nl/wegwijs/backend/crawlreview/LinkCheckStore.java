package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores link-check results; the checking itself happens outside any transaction. */
@Service
@Transactional
class LinkCheckStore {

    private final LinkCheckResultRepository results;

    LinkCheckStore(LinkCheckResultRepository results) {
        this.results = results;
    }

    /** Replaces all results: entries no longer published (or without a website) lose theirs. */
    void replaceAll(List<LinkCheckResult> checked) {
        Set<String> ids = new java.util.HashSet<>();
        checked.forEach(r -> ids.add(r.getEntryId()));
        if (ids.isEmpty()) results.deleteAllInBatch();
        else results.deleteOthers(ids);
        results.saveAll(checked);
    }

    @Transactional(readOnly = true)
    List<LinkCheckResult> problems() {
        return results.findByOutcomeNotOrderByEntryName("OK");
    }

    @Transactional(readOnly = true)
    @Nullable Instant lastCheck() {
        return results.lastCheck();
    }
}
