package nl.wegwijs.backend.searching;

import java.util.List;
import nl.wegwijs.index.relevance.RankedRetriever;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL full-text search as a competing engine: a weighted tsvector with the 'dutch'
 * configuration (name A, categories B, summary C, description and audience D), ranked by
 * ts_rank_cd. {@link Form#AND} is websearch_to_tsquery (every word must occur), {@link Form#OR}
 * the same lexemes joined by |, which is what a search box needs to find anything for a sentence.
 */
final class PostgresFullText implements RankedRetriever {

    enum Form { AND, OR }

    static final String TABLE = "fts_search_doc";
    private final JdbcTemplate jdbc;
    private final Form form;
    private final String table;

    PostgresFullText(JdbcTemplate jdbc, Form form) {
        this(jdbc, form, TABLE);
    }

    PostgresFullText(JdbcTemplate jdbc, Form form, String table) {
        this.jdbc = jdbc;
        this.form = form;
        this.table = table;
    }

    /** (Re)builds the tsvector table with a GIN index from the published entries. */
    static void build(JdbcTemplate jdbc) {
        jdbc.execute("drop table if exists " + TABLE);
        jdbc.execute("""
                create table %s as
                select e.id,
                       setweight(to_tsvector('dutch', coalesce(e.name, '')), 'A')
                    || setweight(to_tsvector('dutch', coalesce((select string_agg(t.name, ' ')
                            from entry_category ec join taxonomy_term t on t.id = ec.term_id
                            where ec.entry_id = e.id), '')), 'B')
                    || setweight(to_tsvector('dutch', coalesce(e.summary, '')), 'C')
                    || setweight(to_tsvector('dutch', coalesce(e.description, '') || ' ' || coalesce(e.audience, '')), 'D')
                       as doc
                from entry e where e.status = 'PUBLISHED'
                """.formatted(TABLE));
        jdbc.execute("create index on " + TABLE + " using gin (doc)");
        jdbc.execute("analyze " + TABLE);
    }

    String sql() {
        String query = form == Form.AND
                ? "websearch_to_tsquery('dutch', ?)"
                : "cast(replace(cast(plainto_tsquery('dutch', ?) as text), '&', '|') as tsquery)";
        return "select id from " + table + ", (select " + query + " as q) query"
                + " where doc @@ q order by ts_rank_cd(doc, q) desc, id limit ?";
    }

    @Override
    public List<String> ids(String query, int k) {
        return jdbc.queryForList(sql(), String.class, query, k);
    }
}
