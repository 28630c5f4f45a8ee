package nl.wegwijs.crawler;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code java -jar crawler/target/wegwijs-crawler.jar START_URL [--max-pages N] [--max-depth N]
 * [--out FILE.jsonl] [--allow-local]}. Progress goes to stderr, entries as JSON Lines to the file or stdout.
 */
public final class CrawlerCli {

    private static final String USAGE =
            "usage: java -jar wegwijs-crawler.jar START_URL [--max-pages N] [--max-depth N] [--out FILE.jsonl] [--allow-local]";

    private CrawlerCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CrawlerSettings settings = CrawlerSettings.defaults();
        String start = null;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--max-pages" -> settings = settings.withLimits(Integer.parseInt(args[++i]), settings.maxDepth());
                    case "--max-depth" -> settings = settings.withLimits(settings.maxPages(), Integer.parseInt(args[++i]));
                    case "--out" -> out = Path.of(args[++i]);
                    case "--allow-local" -> settings = settings.withAllowLocal(true);
                    case "-h", "--help" -> {
                        stdout.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--") || start != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        start = args[i];
                    }
                }
            }
            if (start == null) {
                throw new IllegalArgumentException("START_URL missing");
            }
            URI seed = URI.create(start);
            if (seed.getHost() == null) {
                throw new IllegalArgumentException("START_URL must be an absolute http(s) URL");
            }
            return crawl(settings, seed, out, stdout, stderr);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            stderr.println("error: " + e.getMessage());
            stderr.println(USAGE);
            return 2;
        }
    }

    private static int crawl(CrawlerSettings settings, URI seed, Path out, PrintStream stdout, PrintStream stderr) {
        try (Writer writer = out == null
                        ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                Crawler crawler = new Crawler(settings)) {
            CrawlReport report = crawler.crawl(new CrawlRequest(java.util.List.of(seed), java.util.Map.of()), new CrawlListener() {
                @Override
                public void onEntry(ExtractedEntry entry) {
                    try {
                        writer.write(JsonLines.toJson(entry));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void onPage(PageVisit v) {
                    stderr.printf("[%d/%d, %d queued] %s %s %s%s%n", v.pagesFetched(), settings.maxPages(), v.queued(),
                            v.outcome(), v.status() == 0 ? "-" : v.status(), v.url(),
                            v.entries() > 0 ? " (" + v.entries() + " entries)" : v.detail().isEmpty() ? "" : " — " + v.detail());
                }
            });
            writer.flush();
            stderr.printf("done: %d pages, %d entries, %d problems, %d documents in %d ms%s%n", report.pagesFetched(),
                    report.entries(), report.problems(), report.documents().size(), report.elapsed().toMillis(),
                    report.pageLimitReached() ? " (page limit reached)" : "");
            return 0;
        } catch (IOException | UncheckedIOException e) {
            stderr.println("error: " + e.getMessage());
            return 1;
        }
    }
}
