package nl.wegwijs.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * name_exact and all_plain replay the plain words the index chain recorded (PlainWordsFields): the
 * index must be the one analysing their texts gives, term for term, frequency for frequency, norm
 * for norm, in every indexed field, for the demo catalogue, synthetic entries and odd texts (soft
 * hyphens, ampersands, curly quotes, emoji, empty texts, words beyond the tokenizer's 255 chars).
 */
class PlainWordsReplayTest {

  @AfterEach
  void clear() {
    System.clearProperty(PlainWordsFields.PROPERTY);
  }

  @Test
  void replayed_fields_index_exactly_what_analysing_their_texts_indexes() throws Exception {
    List<IndexedEntry> entries = entries();
    try (Directory replayed = build(entries, true); Directory analysed = build(entries, false);
        DirectoryReader now = DirectoryReader.open(replayed); DirectoryReader before = DirectoryReader.open(analysed)) {
      assertThat(now.maxDoc()).isEqualTo(entries.size());
      FieldInfos fields = FieldInfos.getMergedFieldInfos(before);
      int compared = 0;
      for (FieldInfo f : fields) {
        if (f.getIndexOptions() == IndexOptions.NONE) {
          continue;
        }
        assertSameTerms(f.name, before, now);
        assertSameNorms(f.name, before, now);
        compared++;
      }
      assertThat(compared).isGreaterThan(8);
      assertThat(now.docFreq(new Term(Fields.ALL_PLAIN, "logeerhuis"))).isPositive();
    }
  }

  @Test
  void the_replay_is_what_fills_the_plain_fields_when_the_index_chain_recorded_their_texts() throws Exception {
    // Were name_exact and all_plain analysed from their texts, this analyzer would index each text as one keyword.
    Analyzer keywordsForPlainFields = new PerFieldAnalyzerWrapper(IndexAnalyzers.forWriting(),
        Map.of(Fields.NAME_EXACT, new KeywordAnalyzer(), Fields.ALL_PLAIN, new KeywordAnalyzer()));
    IndexedEntry entry = Catalogue.entries().getFirst();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(keywordsForPlainFields))) {
        w.addDocument(DocumentMapper.toDocument(entry));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        String firstWord = new nl.wegwijs.index.analysis.WegwijsDutchAnalyzer(
            nl.wegwijs.index.analysis.WegwijsDutchAnalyzer.Mode.PLAIN).terms(entry.name()).getFirst();
        assertThat(r.docFreq(new Term(Fields.NAME_EXACT, firstWord))).isEqualTo(1);
        assertThat(r.docFreq(new Term(Fields.ALL_PLAIN, firstWord))).isEqualTo(1);
        assertThat(r.docFreq(new Term(Fields.ALL_PLAIN, entry.name()))).isZero();
      }
    }
  }

  @Test
  void documents_built_on_another_thread_or_ahead_of_adding_index_the_same_words() throws Exception {
    List<IndexedEntry> entries = Catalogue.entries().subList(0, 60);
    List<Document> docs = new ArrayList<>();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      List<Future<Document>> built = new ArrayList<>();
      for (IndexedEntry e : entries) {
        built.add(other.submit(() -> DocumentMapper.toDocument(e)));
      }
      for (Future<Document> f : built) {
        docs.add(f.get());
      }
    } finally {
      other.shutdown();
    }
    try (Directory ahead = new ByteBuffersDirectory(); Directory analysed = build(entries, false)) {
      try (IndexWriter w = new IndexWriter(ahead, config())) {
        for (Document d : docs) {
          w.addDocument(d);
        }
      }
      try (DirectoryReader now = DirectoryReader.open(ahead); DirectoryReader before = DirectoryReader.open(analysed)) {
        for (String field : List.of(Fields.NAME_EXACT, Fields.ALL_PLAIN)) {
          assertSameTerms(field, before, now);
          assertSameNorms(field, before, now);
        }
      }
    }
  }

  private static List<IndexedEntry> entries() {
    List<IndexedEntry> out = new ArrayList<>(Catalogue.entries());
    new SyntheticCatalogue().entries(3_000, 7).forEach(out::add);
    List<String> odd = List.of(
        "Kinder\u00ADthuiszorg voor cli\u00EBnten \u2018met\u2019 een pgb & wlz-indicatie",
        "&&& \u00AD\u00AD \u2019\u2019 a&b", "", " ", "\u0000 \uD83D\uDE00 emoji\u00AD",
        "x".repeat(300) + " kinderthuiszorg" + "&".repeat(40) + "logeerhuizen\u00AD");
    IndexedEntry base = Catalogue.entries().getFirst();
    int i = 0;
    for (String text : odd) {
      out.add(new IndexedEntry("odd-" + i++, text, base.kind(), List.of(text, "Logeeropvang"), text,
          List.of(text), text, base.funding(), text, text, base.forWhom(), base.access(), base.settings(),
          base.conditions(), null, null, null, null, 0L));
    }
    out.add(new IndexedEntry("odd-no-categories", "Logeerhuis", base.kind(), List.of(), "", List.of(), "", List.of(),
        "", "", List.of(), List.of(), List.of(), List.of(), null, null, null, null, 0L));
    return out;
  }

  /** On one thread, without merges: both indexes get the same doc ids and segments. */
  private static Directory build(List<IndexedEntry> entries, boolean replay) throws IOException {
    System.setProperty(PlainWordsFields.PROPERTY, String.valueOf(replay));
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, config())) {
      for (IndexedEntry e : entries) {
        w.addDocument(DocumentMapper.toDocument(e));
      }
    }
    return dir;
  }

  private static IndexWriterConfig config() {
    return new IndexWriterConfig(IndexAnalyzers.forWriting()).setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(700);
  }

  private static void assertSameTerms(String field, DirectoryReader before, DirectoryReader now) throws IOException {
    Terms a = MultiTerms.getTerms(before, field);
    Terms b = MultiTerms.getTerms(now, field);
    assertThat(b.getSumTotalTermFreq()).as(field).isEqualTo(a.getSumTotalTermFreq());
    assertThat(b.getSumDocFreq()).as(field).isEqualTo(a.getSumDocFreq());
    assertThat(b.getDocCount()).as(field).isEqualTo(a.getDocCount());
    TermsEnum ta = a.iterator();
    TermsEnum tb = b.iterator();
    PostingsEnum pa = null;
    PostingsEnum pb = null;
    for (BytesRef t = ta.next(); t != null; t = ta.next()) {
      assertThat(tb.next()).as(field).isEqualTo(t);
      assertThat(tb.docFreq()).as(field + ":" + t.utf8ToString()).isEqualTo(ta.docFreq());
      assertThat(tb.totalTermFreq()).as(field + ":" + t.utf8ToString()).isEqualTo(ta.totalTermFreq());
      pa = ta.postings(pa, PostingsEnum.FREQS);
      pb = tb.postings(pb, PostingsEnum.FREQS);
      for (int d = pa.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pa.nextDoc()) {
        assertThat(pb.nextDoc()).isEqualTo(d);
        assertThat(pb.freq()).as(field + ":" + t.utf8ToString() + " in " + d).isEqualTo(pa.freq());
      }
      assertThat(pb.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }
    assertThat(tb.next()).as(field).isNull();
  }

  private static void assertSameNorms(String field, DirectoryReader before, DirectoryReader now) throws IOException {
    assertThat(now.leaves()).hasSameSizeAs(before.leaves());
    for (int i = 0; i < before.leaves().size(); i++) {
      LeafReader a = before.leaves().get(i).reader();
      LeafReader b = now.leaves().get(i).reader();
      NumericDocValues na = a.getNormValues(field);
      NumericDocValues nb = b.getNormValues(field);
      if (na == null) {
        assertThat(nb).as(field).isNull();
        continue;
      }
      for (int d = na.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = na.nextDoc()) {
        assertThat(nb.nextDoc()).isEqualTo(d);
        assertThat(nb.longValue()).as(field + " norm of " + d).isEqualTo(na.longValue());
      }
      assertThat(nb.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }
  }
}
