package nl.wegwijs.backend.interop;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HSDS wants an absolute URI and one e-mail address; our sources write "www.vilans.nl" and
 * "a@x.nl; b@x.nl". These give the HSDS form; the stored form travels beside it (see
 * {@link WegwijsTaxonomy#ORIGINAL_URL}) so a round trip gives back what we stored.
 */
final class HsdsValues {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private HsdsValues() {}

    static @Nullable String url(@Nullable String stored) {
        if (stored == null || stored.isBlank()) return null;
        String v = stored.strip();
        if (!v.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*")) v = "https://" + v;
        try {
            URI uri = URI.create(v);
            return uri.getHost() == null ? null : uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String email(@Nullable String stored) {
        return emails(stored).stream().findFirst().orElse(null);
    }

    static List<String> emails(@Nullable String stored) {
        if (stored == null) return List.of();
        return Arrays.stream(stored.split("[;,\\s]+")).map(String::strip)
                .filter(s -> EMAIL.matcher(s).matches()).toList();
    }

    /** Whether the stored form really is a spelling of the HSDS value (so an import may keep it). */
    static boolean sameUrl(@Nullable String stored, @Nullable String hsds) {
        return stored != null && hsds != null && hsds.equals(url(stored));
    }

    static boolean sameEmail(@Nullable String stored, @Nullable String hsds) {
        return stored != null && hsds != null && hsds.equals(email(stored));
    }
}
