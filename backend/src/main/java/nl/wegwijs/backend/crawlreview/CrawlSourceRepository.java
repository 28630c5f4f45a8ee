package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CrawlSourceRepository extends JpaRepository<CrawlSource, String> {

    List<CrawlSource> findAllByOrderByName();

    @Query("select s from CrawlSource s where s.enabled = true and s.schedule is not null and s.nextRunAt <= :now order by s.nextRunAt")
    List<CrawlSource> due(Instant now);
}
