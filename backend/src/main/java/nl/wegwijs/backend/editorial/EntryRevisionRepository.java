package nl.wegwijs.backend.editorial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRevisionRepository extends JpaRepository<EntryRevision, Long> {

    List<EntryRevision> findByEntryIdOrderByNumberDesc(String entryId);

    Optional<EntryRevision> findByEntryIdAndNumber(String entryId, int number);

    @Query("select coalesce(max(r.number), 0) from EntryRevision r where r.entryId = :entryId")
    int lastNumber(String entryId);
}
