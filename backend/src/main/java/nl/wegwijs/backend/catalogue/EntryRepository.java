package nl.wegwijs.backend.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<Entry, String> {

    Optional<Entry> findByIdAndStatus(String id, EntryStatus status);

    Slice<Entry> findByStatusOrderById(EntryStatus status, Pageable pageable);

    long countByStatus(EntryStatus status);

    @Query("select max(e.updatedAt) from Entry e where e.status = :status")
    @Nullable Instant lastUpdate(EntryStatus status);

    @Query("select coalesce(sum(e.version), 0) from Entry e where e.status = :status")
    long versionSum(EntryStatus status);

    @Query("select e.id from Entry e")
    List<String> allIds();
}
