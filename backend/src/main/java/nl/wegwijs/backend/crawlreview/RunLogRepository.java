package nl.wegwijs.backend.crawlreview;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RunLogRepository extends JpaRepository<RunLogLine, Long> {

    List<RunLogLine> findByRunIdOrderById(UUID runId);
}
