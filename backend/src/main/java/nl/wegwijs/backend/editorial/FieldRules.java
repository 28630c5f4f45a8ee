package nl.wegwijs.backend.editorial;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a valid value looks like, per field. Answers a message key (texts in the portal's
 * editor-messages bundle, e.g. {@code field.phone.invalid}) so the editor form and the service say the same.
 */
public final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    // Dutch numbers: 10 digits starting with 0 (030 123 4567, 06-12345678), or +31 and 9 digits; 0800/0900 lines have 7 to 10 digits.
    private static final Pattern PHONE = Pattern.compile("(\\+31|0031|0)[1-9]\\d{8}|0[89]00\\d{4,7}");
    // PostNL: four digits not starting with 0, then two letters other than SA, SD and SS.
    private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} ?(?!SA|SD|SS)[A-Za-z]{2}");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    // The Netherlands' bounding box including the Wadden islands and South Limburg (WGS84).
    static final double LAT_MIN = 50.75, LAT_MAX = 53.56, LON_MIN = 3.35, LON_MAX = 7.23;

    private FieldRules() {}

    /** @return the message key of what is wrong, or empty when the value is fine */
    public static Optional<String> problem(String field, @Nullable String value) {
        boolean blank = value == null || value.isBlank();
        if (blank) return field.equals("name") || field.equals("kind") ? Optional.of("field.required") : Optional.empty();
        String v = value.strip();
        return switch (field) {
            case "name" -> v.length() > 300 ? Optional.of("field.tooLong") : Optional.empty();
            case "url" -> url(v) ? Optional.empty() : Optional.of("field.url.invalid");
            case "email" -> EMAIL.matcher(v).matches() && v.length() <= 320 ? Optional.empty() : Optional.of("field.email.invalid");
            case "phone" -> PHONE.matcher(v.replaceAll("[\\s()-]", "")).matches() ? Optional.empty() : Optional.of("field.phone.invalid");
            case "postcode" -> POSTCODE.matcher(v).matches() ? Optional.empty() : Optional.of("field.postcode.invalid");
            case "ageMin", "ageMax" -> AGE.matcher(v).matches() && Integer.parseInt(v) <= 120 ? Optional.empty()
                    : Optional.of("field.age.invalid");
            case "latitude" -> inRange(v, LAT_MIN, LAT_MAX) ? Optional.empty() : Optional.of("field.latitude.invalid");
            case "longitude" -> inRange(v, LON_MIN, LON_MAX) ? Optional.empty() : Optional.of("field.longitude.invalid");
            default -> Optional.empty();
        };
    }

    /** Checks that belong to two fields together: the age range, and coordinates that come in pairs. */
    public static Optional<String> pairProblem(@Nullable String ageMin, @Nullable String ageMax,
            @Nullable String latitude, @Nullable String longitude) {
        if (isInt(ageMin) && isInt(ageMax) && Integer.parseInt(ageMin.strip()) > Integer.parseInt(ageMax.strip())) {
            return Optional.of("field.age.range");
        }
        if (isBlank(latitude) != isBlank(longitude)) return Optional.of("field.coordinates.pair");
        return Optional.empty();
    }

    private static boolean url(String v) {
        try {
            URI uri = URI.create(v);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getHost().contains(".") && v.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean inRange(String v, double min, double max) {
        try {
            double d = Double.parseDouble(v);
            return d >= min && d <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInt(@Nullable String s) {
        return s != null && AGE.matcher(s.strip()).matches();
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
