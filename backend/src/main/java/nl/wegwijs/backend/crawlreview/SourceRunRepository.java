package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceRunRepository extends JpaRepository<SourceRun, UUID> {

    Optional<SourceRun> findFirstBySourceIdOrderByQueuedAtDesc(String sourceId);

    List<SourceRun> findBySourceIdOrderByQueuedAtDesc(String sourceId, Pageable page);

    Optional<SourceRun> findFirstBySourceIdAndStatusIn(String sourceId, Collection<RunStatus> statuses);

    @Modifying
    @Query("update SourceRun r set r.status = 'RUNNING', r.startedAt = :now where r.id = :id and r.status = 'QUEUED'")
    int markRunning(UUID id, Instant now);

    @Modifying
    @Query("update SourceRun r set r.pages = :pages, r.entries = :entries, r.proposals = :proposals, r.errors = :errors where r.id = :id")
    int progress(UUID id, int pages, int entries, int proposals, int errors);

    @Modifying
    @Query("update SourceRun r set r.status = :status, r.endedAt = :now, r.message = :message where r.id = :id and r.status in ('QUEUED', 'RUNNING')")
    int end(UUID id, RunStatus status, Instant now, @Nullable String message);

    @Modifying
    @Query("update SourceRun r set r.stopRequested = true where r.id = :id and r.status in ('QUEUED', 'RUNNING')")
    int requestStop(UUID id);

    @Query("select r.stopRequested from SourceRun r where r.id = :id")
    boolean stopRequested(UUID id);

    @Query("select r.id from SourceRun r where r.status in ('QUEUED', 'RUNNING')")
    List<UUID> active();
}
