package nl.wegwijs.crawler.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch contact patterns in free text, and their normal forms: postcodes ("1234 AB"), phone numbers in E.164
 * ("+31101234567") and lower-cased e-mail addresses. The normal forms are what a matcher should compare.
 */
public final class DutchPatterns {

    /** PostNL never issues the letter pairs SA, SD and SS, and the first digit is never 0. */
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\p{L}\\d])([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})(?![\\p{L}\\d])");
    private static final String PLACE_WORD = "(?:'s-|'t )?\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern POSTCODE_PLACE = Pattern.compile(POSTCODE.pattern()
            + "[ ,]+(" + PLACE_WORD + "(?: (?:aan|op|in|bij|den|de|der|ter|en) " + PLACE_WORD + "| \\p{Lu}[\\p{L}-]+)*)");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\b[Gg]emeente (" + PLACE_WORD + "(?: " + PLACE_WORD + ")?)");

    /** A phone-like run: +31, 0031 or 0 first, then digits with the separators people type. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+\\w])(?:\\+31|0031|\\(?0)[\\d \\u00A0().\\-/]{6,18}\\d(?!\\d)");
    /** Anchored at the start of a local part and possessive, so each word is tried once (linear, no backtracking). */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");
    private static final Pattern OBFUSCATED_AT = Pattern.compile("\\s*[\\[(]\\s*(?:at|apenstaartje)\\s*[\\])]\\s*", Pattern.CASE_INSENSITIVE);

    private DutchPatterns() {}

    public static List<String> postcodes(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return List.copyOf(found);
    }

    /** The first "postcode place" pair in the text, e.g. "3011 AB Rotterdam" gives ("3011 AB", "Rotterdam"). */
    public static Optional<String[]> postcodeWithPlace(String text) {
        Matcher m = POSTCODE_PLACE.matcher(text);
        return m.find() ? Optional.of(new String[] {m.group(1) + " " + m.group(2), m.group(3)}) : Optional.empty();
    }

    public static Optional<String> municipality(String text) {
        Matcher m = MUNICIPALITY.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Phone numbers in E.164, in order of appearance, without duplicates. */
    public static List<String> phones(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            normalisePhone(m.group()).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    public static List<String> emails(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(OBFUSCATED_AT.matcher(text).replaceAll("@"));
        while (m.find()) {
            normaliseEmail(m.group()).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** "1234ab", "1234 AB" and " 1234  ab " all become "1234 AB"; anything else is not a postcode. */
    public static Optional<String> normalisePostcode(String raw) {
        String s = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!s.matches("[1-9][0-9]{3}[A-Z]{2}") || s.endsWith("SA") || s.endsWith("SD") || s.endsWith("SS")) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, 4) + " " + s.substring(4));
    }

    /**
     * Dutch numbers to E.164. A geographic or mobile number has nine digits after the trunk 0 (ITU-T E.164 and
     * the Dutch numbering plan); 0800 and 090x service numbers have four or seven digits after the prefix.
     * Foreign numbers (+32 …) are kept when they have a plausible length.
     */
    public static Optional<String> normalisePhone(String raw) {
        String s = raw.replaceAll("\\(0\\)", "").replaceAll("[^\\d+]", "");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        String national;
        if (s.startsWith("+31")) {
            national = s.substring(3);
        } else if (s.startsWith("+")) {
            String digits = s.substring(1);
            return digits.length() >= 8 && digits.length() <= 15 && digits.indexOf('+') < 0 ? Optional.of(s) : Optional.empty();
        } else if (s.startsWith("0") && !s.startsWith("00")) {
            national = s.substring(1);
        } else {
            return Optional.empty();
        }
        if (national.startsWith("0") || national.indexOf('+') >= 0) {
            return Optional.empty();
        }
        boolean service = national.startsWith("800") || national.startsWith("90");
        boolean ok = national.length() == 9 || (service && (national.length() == 7 || national.length() == 10));
        return ok ? Optional.of("+31" + national) : Optional.empty();
    }

    public static Optional<String> normaliseEmail(String raw) {
        String s = raw.strip().replaceFirst("(?i)^mailto:", "");
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        s = s.toLowerCase(Locale.ROOT);
        return EMAIL.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
