package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.place.Gazetteer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * A Dutch place named inside the search text ("logeeropvang bij Tiel", "jeugdhulp huisarts
 * Hilversum"). Many place names are also Dutch words (Best, Son, Heel, Buren, Doorn), so a
 * gazetteer name counts as a place only when it is capitalised, follows a locative word (bij, in,
 * rond, nabij, omgeving, in de buurt van, regio) or is the place of at least one catalogue entry.
 *
 * @param name the place as the gazetteer writes it
 * @param locative whether a locative word introduced it (the API then filters by distance)
 * @param rest the text without the place and its locative words
 * @param typed the place as the text writes it ("almere" for the gazetteer's Almere Stad)
 */
public record PlaceMention(String name, double lat, double lon, boolean locative, String rest, String typed) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Set<String> LOCATIVE =
      Set.of("bij", "in", "nabij", "rond", "rondom", "omgeving", "buurt", "regio", "te", "uit", "om");
  private static final Set<String> FILLER = Set.of("de", "van", "het", "in", "bij", "buurt", "omgeving", "regio", "rond",
      "rondom", "nabij", "te", "uit", "om", "en");
  private static final int MAX_PLACE_WORDS = 4;
  private static final int MAX_WORDS = 40;

  /** The first place in {@code text}, or null; {@code reader} tells which places entries have. */
  public static @Nullable PlaceMention find(String text, @Nullable IndexReader reader) throws IOException {
    List<String> raw = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find() && raw.size() < MAX_WORDS) {
      raw.add(m.group());
    }
    List<String> keys = raw.stream().map(Gazetteer::key).toList();
    Gazetteer gazetteer = Gazetteer.shared();
    for (int i = 0; i < raw.size(); i++) {
      for (int len = Math.min(MAX_PLACE_WORDS, raw.size() - i); len >= 1; len--) {
        String key = String.join(" ", keys.subList(i, i + len));
        if (key.length() < 3 || (len == 1 && FILLER.contains(key))) {
          continue;
        }
        var row = gazetteer.byKey(key);
        if (row.isEmpty()) {
          continue;
        }
        boolean locative = i > 0 && LOCATIVE.contains(keys.get(i - 1));
        boolean capitalised = Character.isUpperCase(raw.get(i).codePointAt(0));
        boolean known = reader != null && reader.docFreq(new Term(Fields.PLACE_KEY, key)) > 0;
        if (locative || capitalised || known) {
          return new PlaceMention(row.get().name(), row.get().lat(), row.get().lon(), locative, rest(raw, keys, i, len),
              String.join(" ", raw.subList(i, i + len)));
        }
      }
    }
    return null;
  }

  /** The words before the place (minus trailing locative fillers such as "in de buurt van") and after it. */
  private static String rest(List<String> raw, List<String> keys, int start, int len) {
    int cut = start;
    while (cut > 0 && FILLER.contains(keys.get(cut - 1))) {
      cut--;
    }
    List<String> out = new ArrayList<>(raw.subList(0, cut));
    out.addAll(raw.subList(start + len, raw.size()));
    return String.join(" ", out);
  }
}
