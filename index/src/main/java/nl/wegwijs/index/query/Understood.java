package nl.wegwijs.index.query;

import java.util.List;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * A user's text turned into a query, with how it was read and a possible did-you-mean.
 *
 * @param place the entries of a place named in the text, whose top hits rank higher by a factor
 *     (KindPriorRescore), or null
 * @param needs one clause per need of the text (a typed word with its synonyms, a concept asked
 *     for or named; not the lighter phrasing words), for coordination in the rescore
 * @param professionalOnly entries written for professionals only, when a parent speaks in the
 *     first person (SpeakingParent), whose top hits rank lower by a factor; or null
 */
public record Understood(Query query, List<String> expansions, @Nullable String suggestion, @Nullable Query place,
    List<Query> needs, @Nullable Query professionalOnly) {
  public Understood(Query query, List<String> expansions, @Nullable String suggestion) {
    this(query, expansions, suggestion, null, List.of(), null);
  }
}
