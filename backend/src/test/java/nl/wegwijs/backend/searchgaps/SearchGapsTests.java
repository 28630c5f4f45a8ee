package nl.wegwijs.backend.searchgaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.backend.searching.ZeroResultCounter;
import nl.wegwijs.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Searches that found nothing are counted per normalised text, survive a restart, and become editors' tasks. Real PostgreSQL and index. */
@SpringBootTest(classes = BackendTestApplication.class)
@WithMockUser(username = "anna", roles = "EDITOR")
class SearchGapsTests {

    @Autowired SearchService search;
    @Autowired ZeroResultCounter counter;
    @Autowired SearchGaps gaps;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_search_without_hits_is_counted_once_per_search() {
        assertThat(search.answer(SearchRequest.of("plofkwast qxzvw")).result().total()).isZero();
        search.answer(SearchRequest.of("plofkwast qxzvw"));
        counter.flush();

        SearchGap gap = gap("plofkwast qxzvw").orElseThrow();
        assertThat(gap.count()).isEqualTo(2);
        assertThat(gap.firstSeen()).isEqualTo(LocalDate.now(clock));
        assertThat(gap.lastSeen()).isEqualTo(LocalDate.now(clock));
        assertThat(gap.status()).isEqualTo(SearchGapStatus.OPEN);
        assertThat(gap.hitsNow()).isZero();
    }

    @Test
    void case_accents_and_spacing_variants_count_as_one_query() {
        counter.record("  Logeren  IN Zeeuws-Vlaanderen");
        counter.record("logeren in zeeuws-vlaanderen");
        counter.record("LOGEREN\tin Zeeuws-Vlaanderen  ");
        counter.record("lógeren in Zeeuws-Vlaanderen");
        counter.flush();

        assertThat(gap("logeren in zeeuws-vlaanderen")).get().extracting(SearchGap::count).isEqualTo(4L);
        assertThat(ZeroResultCounter.normalise("x".repeat(300))).hasSize(ZeroResultCounter.MAX_LENGTH);
    }

    @Test
    void a_search_with_hits_and_a_pure_filter_search_are_not_recorded() {
        assertThat(search.answer(SearchRequest.of("logeeropvang")).result().total()).isPositive();
        long before = rows();
        search.answer(SearchRequest.of("   "));
        counter.flush();
        assertThat(gap("logeeropvang")).isEmpty();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void flushed_counts_survive_a_new_counter_instance_and_keep_adding_up() {
        ZeroResultCounter first = new ZeroResultCounter(jdbc, clock);
        first.record("kwispelzorg");
        first.record("kwispelzorg");
        assertThat(first.flush()).isEqualTo(1);
        assertThat(first.flush()).as("nothing counted twice").isZero();

        ZeroResultCounter afterRestart = new ZeroResultCounter(jdbc, clock);
        afterRestart.record("Kwispelzorg");
        afterRestart.flush();

        assertThat(gap("kwispelzorg")).get().extracting(SearchGap::count).isEqualTo(3L);
    }

    @Test
    void a_gap_becomes_a_task_is_finished_reopened_and_ignored_and_says_who_did_it() {
        counter.record("hulp bij blubberzorg");
        counter.flush();

        SearchGap task = gaps.findProvision("hulp bij blubberzorg", "  Bel de gemeente Tiel  ");
        assertThat(task.status()).isEqualTo(SearchGapStatus.FIND_PROVISION);
        assertThat(task.note()).isEqualTo("Bel de gemeente Tiel");
        assertThat(task.handledBy()).isEqualTo("anna");
        assertThat(task.handledAt()).isNotNull();

        assertThat(gaps.finish("hulp bij blubberzorg").status()).isEqualTo(SearchGapStatus.DONE);
        assertThatThrownBy(() -> gaps.ignore("hulp bij blubberzorg"))
                .isInstanceOfSatisfying(SearchGapException.class, e -> assertThat(e.messageKey()).isEqualTo("editor.gaps.error.transition"));
        assertThat(gaps.reopen("hulp bij blubberzorg").status()).isEqualTo(SearchGapStatus.OPEN);
        assertThatThrownBy(() -> gaps.finish("hulp bij blubberzorg")).isInstanceOf(SearchGapException.class);
        assertThat(gaps.ignore("hulp bij blubberzorg").status()).isEqualTo(SearchGapStatus.IGNORED);
        assertThat(gap("hulp bij blubberzorg")).get().extracting(SearchGap::status).isEqualTo(SearchGapStatus.IGNORED);
    }

    @Test
    void a_synonym_must_name_words_that_find_something_and_is_offered_as_a_rule_for_synonyms_txt() {
        counter.record("snuffelopvang");
        counter.flush();

        assertThatThrownBy(() -> gaps.proposeSynonym("snuffelopvang", "plofkwast"))
                .isInstanceOfSatisfying(SearchGapException.class, e -> assertThat(e.messageKey()).isEqualTo("editor.gaps.error.wordsFindNothing"));
        assertThat(gap("snuffelopvang")).get().extracting(SearchGap::status).isEqualTo(SearchGapStatus.OPEN);

        SearchGap proposed = gaps.proposeSynonym("snuffelopvang", "logeeropvang, #respijtzorg");
        assertThat(proposed.status()).isEqualTo(SearchGapStatus.SYNONYM);
        assertThat(gaps.synonymFileAddition()).contains("\nsnuffelopvang => snuffelopvang, logeeropvang, respijtzorg\n");
    }

    @Test
    void open_gaps_come_first_and_a_gap_that_now_finds_results_says_so() {
        counter.record("linawijs");
        counter.record("zzz genegeerd");
        counter.record("zzz genegeerd");
        counter.flush();
        gaps.ignore("zzz genegeerd");

        var all = gaps.page(PageRequest.of(0, 500)).getContent();
        assertThat(all.stream().dropWhile(g -> g.status() == SearchGapStatus.OPEN))
                .allMatch(g -> g.status() != SearchGapStatus.OPEN);
        assertThat(gap("linawijs")).get().extracting(SearchGap::hitsNow).matches(n -> n > 0);
    }

    @Test
    @WithAnonymousUser
    void visitors_cannot_read_or_decide_gaps() {
        assertThatThrownBy(() -> gaps.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gaps.ignore("linawijs")).isInstanceOf(AccessDeniedException.class);
    }

    private Optional<SearchGap> gap(String query) {
        return gaps.page(PageRequest.of(0, 500)).stream().filter(g -> g.query().equals(query)).findFirst();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from zero_result_query", Long.class);
    }
}
