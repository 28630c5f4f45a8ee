package nl.wegwijs.backend.mapquality;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The forms in which two entries' websites, phone numbers and postcodes count as the same. */
final class ContactKeys {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private ContactKeys() {}

    /** Host and path, without scheme, "www.", query, fragment or trailing slash: http://www.x.nl/a/ = x.nl/a. */
    static Optional<String> website(@Nullable String url) {
        if (url == null) return Optional.empty();
        String s = SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        int end = indexOfAny(s, "?#");
        s = s.substring(0, end);
        if (s.startsWith("www.")) s = s.substring(4);
        s = s.replaceAll("/+$", "");
        return s.isEmpty() || !s.contains(".") ? Optional.empty() : Optional.of(s);
    }

    /**
     * The digits, with the country code +31 or 0031 written as the leading 0. Shorter than nine digits is no
     * key: short numbers such as 14 030 are shared by whole municipalities, not by one provision.
     */
    static Optional<String> phone(@Nullable String phone) {
        if (phone == null) return Optional.empty();
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+31")) digits = "0" + digits.substring(2);
        else if (digits.startsWith("0031")) digits = "0" + digits.substring(4);
        return digits.length() < 9 ? Optional.empty() : Optional.of(digits);
    }

    /** A Dutch postcode as 1234AB, or nothing when it is not one. */
    static Optional<String> postcode(@Nullable String postcode) {
        if (postcode == null) return Optional.empty();
        String s = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return s.length();
    }
}
