package nl.wegwijs.backend.searchgaps;

import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.analysis.SynonymGroup;
import nl.wegwijs.index.analysis.SynonymRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps search's editor synonyms equal to the stored ones: all of them at start, and again after
 * every committed decision, so a synonym works at once and survives a restart. The index keeps the
 * reviewed synonyms.txt underneath; a synonym still works when it was later marked done.
 */
@Component
class EditorSynonyms {

    private static final Logger log = LoggerFactory.getLogger(EditorSynonyms.class);

    private final JdbcTemplate jdbc;
    private final SearchService search;

    EditorSynonyms(JdbcTemplate jdbc, SearchService search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void atStart() {
        load();
    }

    /** After the commit: a decision that rolled back never reaches search. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void changed(EditorSynonymsChanged event) {
        load();
    }

    /** Reads every stored synonym and hands the whole set to search; synchronized so the last read wins. */
    synchronized List<SynonymGroup> load() {
        List<SynonymGroup> groups = jdbc.query("select query, synonym_words from zero_result_query "
                        + "where status in ('SYNONYM', 'DONE') and synonym_words is not null order by query",
                (row, i) -> SynonymLine.group(row.getString(1), row.getString(2)));
        Map<SynonymGroup, SynonymRefusal> refused = search.useEditorSynonyms(groups);
        // Stored before the checks existed, or by hand: left out, said once, never a broken search.
        refused.forEach((group, why) -> log.warn("Editor synonym for '{}' left out: {}", group.query(), why));
        return groups;
    }
}
