package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LinkCheckResultRepository extends JpaRepository<LinkCheckResult, String> {

    List<LinkCheckResult> findByOutcomeNotOrderByEntryName(String outcome);

    @Modifying
    @Query("delete from LinkCheckResult r where r.entryId not in :kept")
    int deleteOthers(Collection<String> kept);

    @Query("select max(r.checkedAt) from LinkCheckResult r")
    @Nullable Instant lastCheck();
}
