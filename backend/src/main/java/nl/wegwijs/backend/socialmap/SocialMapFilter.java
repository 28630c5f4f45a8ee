package nl.wegwijs.backend.socialmap;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a professional narrows the map to: a municipality with a radius, funding routes, an age and target groups. */
public record SocialMapFilter(String text, @Nullable String place, double radiusKm, List<String> funding,
        @Nullable Integer age, List<String> forWhom, List<String> kinds) {

    public static final double DEFAULT_RADIUS_KM = 20;

    public SocialMapFilter {
        text = text == null ? "" : text.strip();
        place = place == null || place.isBlank() ? null : place.strip();
        radiusKm = radiusKm <= 0 || radiusKm > 300 ? DEFAULT_RADIUS_KM : radiusKm;
        funding = List.copyOf(funding);
        forWhom = List.copyOf(forWhom);
        kinds = List.copyOf(kinds);
    }

    public static SocialMapFilter none() {
        return new SocialMapFilter("", null, DEFAULT_RADIUS_KM, List.of(), null, List.of(), List.of());
    }
}
