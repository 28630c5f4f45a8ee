package nl.wegwijs.backend.searchgaps;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.analysis.SynonymRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' list of searches that found nothing (open ones first, most asked first) and their
 * decisions on each. A synonym works in search as soon as the decision is saved (EditorSynonyms)
 * and stops when the gap is reopened; to make it part of the reviewed list it is also offered as a
 * line for synonyms.txt ({@link #synonymFileAddition()}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class SearchGaps {

    static final int MAX_WORDS_LENGTH = 300;
    static final int MAX_NOTE_LENGTH = 1000;

    private final EntityManager em;
    private final SearchService search;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SearchGaps(EntityManager em, SearchService search, Clock clock, ApplicationEventPublisher events) {
        this.em = em;
        this.search = search;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<SearchGap> page(Pageable page) {
        @SuppressWarnings("unchecked")
        List<SearchGapRecord> rows = em.createNativeQuery("select * from zero_result_query "
                        + "order by (status <> 'OPEN'), search_count desc, query", SearchGapRecord.class)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
        long total = em.createQuery("select count(g) from SearchGapRecord g", Long.class).getSingleResult();
        return new PageImpl<>(rows.stream().map(r -> r.view(hitsNow(r.getQuery()))).toList(), page, total);
    }

    /**
     * The editor says the query means these existing words; they must find something themselves.
     * Search uses the synonym once this transaction commits.
     */
    public SearchGap proposeSynonym(String query, String words) {
        String cleaned = words.strip();
        if (SynonymLine.clean(cleaned.replace(",", " ")).isEmpty() || cleaned.length() > MAX_WORDS_LENGTH) {
            throw new SearchGapException("editor.gaps.error.words", "no usable words for " + query);
        }
        SynonymRefusal refusal = SynonymLine.group(query, cleaned).refusal();
        if (refusal != null) {
            throw new SearchGapException("editor.gaps.error.synonym." + refusal, refusal + " for " + query);
        }
        if (hitsNow(cleaned.replace(",", " ")) == 0) {
            throw new SearchGapException("editor.gaps.error.wordsFindNothing", words);
        }
        SearchGapRecord gap = decide(query, SearchGapStatus.SYNONYM);
        gap.setSynonymWords(cleaned);
        return gap.view(hitsNow(query));
    }

    /** A task to find the provision this query looked for, with an optional note for whoever picks it up. */
    public SearchGap findProvision(String query, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw new SearchGapException("editor.gaps.error.note", "note too long for " + query);
        }
        SearchGapRecord gap = decide(query, SearchGapStatus.FIND_PROVISION);
        gap.setNote(text);
        gap.setSynonymWords(null);
        return gap.view(hitsNow(query));
    }

    public SearchGap ignore(String query) {
        SearchGapRecord gap = decide(query, SearchGapStatus.IGNORED);
        gap.setSynonymWords(null);
        return gap.view(hitsNow(query));
    }

    public SearchGap finish(String query) {
        return decide(query, SearchGapStatus.DONE).view(hitsNow(query));
    }

    public SearchGap reopen(String query) {
        return decide(query, SearchGapStatus.OPEN).view(hitsNow(query));
    }

    /** Every synonym rule editors added, ready to paste under synonyms.txt (index/src/main/resources/.../analysis) for good. */
    @Transactional(readOnly = true)
    public String synonymFileAddition() {
        List<SearchGapRecord> proposed = em.createQuery("select g from SearchGapRecord g where g.status = :s order by g.query",
                SearchGapRecord.class).setParameter("s", SearchGapStatus.SYNONYM).getResultList();
        return "# Proposed by editors from searches that found nothing (/redactie/zoekvragen)\n"
                + proposed.stream().map(r -> r.view(0).synonymLine()).map(l -> l + "\n").collect(Collectors.joining());
    }

    private SearchGapRecord decide(String query, SearchGapStatus next) {
        SearchGapRecord gap = em.find(SearchGapRecord.class, query);
        if (gap == null) {
            throw new SearchGapException("editor.gaps.error.unknown", query);
        }
        gap.decide(next, editor(), clock.instant());
        // Every decision may add or remove a synonym (reopening one stops it); search reloads after the commit.
        events.publishEvent(new EditorSynonymsChanged(query));
        return gap;
    }

    private long hitsNow(String text) {
        return search.search(new SearchRequest(text, 0, 1, Map.of(), null, false)).total();
    }

    private static String editor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
