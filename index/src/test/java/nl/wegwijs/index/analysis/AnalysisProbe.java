package nl.wegwijs.index.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Index-time analysis cost, fast chain against the reference chain in the same JVM, alternating
 * rounds, in CPU time of this thread (robust to the load of the shared cores):
 * -Dwegwijs.analysisProbe=N synthetic entries, every analysed field as the writer sees it.
 */
class AnalysisProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.analysisProbe", matches = ".+")
  void probe() throws Exception {
    int n = Integer.getInteger("wegwijs.analysisProbe");
    List<IndexAnalysisIdentityTest.FieldText> texts = new ArrayList<>();
    for (var e : new SyntheticCatalogue().entries(n, 42).toList()) {
      for (IndexableField f : DocumentMapper.toDocument(e).getFields()) {
        if (f.fieldType().tokenized() && f.stringValue() != null && !f.name().equals(Fields.SUGGEST)) {
          texts.add(new IndexAnalysisIdentityTest.FieldText(f.name(), f.stringValue()));
        }
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (Analyzer fast = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
        Analyzer reference = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX, Lexicon.INSTANCE, true);
        Analyzer fastPlain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN);
        Analyzer referencePlain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN, Lexicon.INSTANCE, true)) {
      for (int round = 0; round < 4; round++) {
        long f = cpuOf(cpu, texts, fast, fastPlain);
        // -Dwegwijs.analysisProbe.fastOnly=true: a profile of the fast chain alone
        long r = Boolean.getBoolean("wegwijs.analysisProbe.fastOnly") ? f : cpuOf(cpu, texts, reference, referencePlain);
        System.out.printf("PROBE round %d: %d texts, fast %.2f s CPU, reference %.2f s CPU, reference/fast %.2fx, load %.1f%n",
            round, texts.size(), f / 1e9, r / 1e9, (double) r / f,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
  }

  private static long cpuOf(ThreadMXBean cpu, List<IndexAnalysisIdentityTest.FieldText> texts, Analyzer index, Analyzer plain)
      throws Exception {
    long t0 = cpu.getCurrentThreadCpuTime();
    for (var t : texts) {
      boolean isPlain = t.field().equals(Fields.NAME_EXACT) || t.field().equals(Fields.ALL_PLAIN);
      try (TokenStream ts = (isPlain ? plain : index).tokenStream(t.field(), t.text())) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume, as the indexing chain does
        }
        ts.end();
      }
    }
    return cpu.getCurrentThreadCpuTime() - t0;
  }
}
