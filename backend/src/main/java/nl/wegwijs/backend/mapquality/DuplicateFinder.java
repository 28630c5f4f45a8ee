package nl.wegwijs.backend.mapquality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijs.backend.crawlreview.NameSimilarity;

/**
 * Pairs entries that share a website, phone number or postcode and have alike names. Only entries that share
 * a key are compared, so the work grows with the size of the groups, not with the square of the catalogue.
 */
final class DuplicateFinder {

    /** One entry with its normalised keys (see {@link ContactKeys}). */
    record Candidate(EntryLine line, Set<String> websites, Set<String> phones, Set<String> postcodes) {}

    private DuplicateFinder() {}

    static List<DuplicatePair> pairs(List<Candidate> candidates) {
        List<DuplicatePair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collect(candidates, Candidate::websites, DuplicatePair.Reason.WEBSITE, pairs, seen);
        collect(candidates, Candidate::phones, DuplicatePair.Reason.PHONE, pairs, seen);
        collect(candidates, Candidate::postcodes, DuplicatePair.Reason.POSTCODE, pairs, seen);
        pairs.sort(Comparator.comparing((DuplicatePair p) -> p.first().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(p -> p.second().name().toLowerCase(java.util.Locale.ROOT)));
        return pairs;
    }

    private static void collect(List<Candidate> candidates, Function<Candidate, Set<String>> keys,
            DuplicatePair.Reason reason, List<DuplicatePair> pairs, Set<String> seen) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            keys.apply(c).forEach(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c));
        }
        groups.forEach((key, group) -> {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pair(group.get(i).line(), group.get(j).line(), reason, key, pairs, seen);
                }
            }
        });
    }

    private static void pair(EntryLine a, EntryLine b, DuplicatePair.Reason reason, String key,
            List<DuplicatePair> pairs, Set<String> seen) {
        if (a.id().equals(b.id())) return;
        EntryLine first = a.id().compareTo(b.id()) < 0 ? a : b;
        EntryLine second = first == a ? b : a;
        // A pair found through its website is not listed again for its phone number.
        if (seen.contains(first.id() + " " + second.id())) return;
        double similarity = NameSimilarity.of(first.name(), second.name());
        if (similarity >= NameSimilarity.SIMILAR) {
            seen.add(first.id() + " " + second.id());
            pairs.add(new DuplicatePair(first, second, reason, key, similarity));
        }
    }
}
