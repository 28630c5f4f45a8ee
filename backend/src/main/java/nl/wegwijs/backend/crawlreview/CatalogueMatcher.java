package nl.wegwijs.backend.crawlreview;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.backend.crawlreview.CatalogueSnapshot.Candidate;
import nl.wegwijs.crawler.ExtractedEntry;
import nl.wegwijs.crawler.Normalisation;

/**
 * Finds the catalogue entry a crawled entry is about, so the crawler proposes changes instead of duplicates.
 * Rules, strongest first (issue 6, "match proposals to existing entries (url, phone, postcode + similar name)"):
 * the same URL key; the same phone number; the same postcode and a similar name. When a rule finds several
 * entries, the most similar name wins.
 */
final class CatalogueMatcher {

    /** Below this a URL match on a page-derived URL is another provision described on the same page. */
    static final double UNRELATED = 0.3;

    enum Rule {
        URL,
        PHONE,
        POSTCODE_AND_NAME
    }

    record Match(Candidate entry, Rule rule) {}

    private final CatalogueSnapshot catalogue;

    CatalogueMatcher(CatalogueSnapshot catalogue) {
        this.catalogue = catalogue;
    }

    Optional<Match> match(ExtractedEntry found) {
        return byUrl(found).or(() -> byPhone(found)).or(() -> byPostcodeAndName(found));
    }

    private Optional<Match> byUrl(ExtractedEntry found) {
        if (found.url() == null) return Optional.empty();
        List<Candidate> candidates = catalogue.byUrlKey(Normalisation.urlKey(found.url()).orElse(null));
        Optional<Candidate> best = mostSimilar(candidates, found.name());
        // A URL the page declares for the provision (schema.org url) is strong evidence on its own. The page's
        // own URL is not: one page often describes several provisions, so the name must not contradict it.
        boolean declared = ProposalFields.declaresOwnUrl(found);
        return best.filter(c -> declared || NameSimilarity.of(c.name(), found.name()) >= UNRELATED)
                .map(c -> new Match(c, Rule.URL));
    }

    private Optional<Match> byPhone(ExtractedEntry found) {
        for (String phone : found.phones()) {
            List<Candidate> candidates = catalogue.byPhone(phone);
            if (candidates.size() == 1) return Optional.of(new Match(candidates.getFirst(), Rule.PHONE));
            // A shared switchboard number: only a similar name tells the entries apart.
            Optional<Candidate> named = mostSimilar(candidates, found.name())
                    .filter(c -> NameSimilarity.similar(c.name(), found.name()));
            if (named.isPresent()) return named.map(c -> new Match(c, Rule.PHONE));
        }
        return Optional.empty();
    }

    private Optional<Match> byPostcodeAndName(ExtractedEntry found) {
        if (found.address() == null || found.address().postcode() == null) return Optional.empty();
        return Normalisation.postcode(found.address().postcode())
                .flatMap(pc -> mostSimilar(catalogue.byPostcode(pc), found.name()))
                .filter(c -> NameSimilarity.similar(c.name(), found.name()))
                .map(c -> new Match(c, Rule.POSTCODE_AND_NAME));
    }

    private static Optional<Candidate> mostSimilar(List<Candidate> candidates, String name) {
        return candidates.stream()
                .max(Comparator.comparingDouble((Candidate c) -> NameSimilarity.of(c.name(), name))
                        .thenComparing(Candidate::id, Comparator.reverseOrder()));
    }
}
