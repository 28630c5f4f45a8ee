package nl.wegwijs.backend.interop;

import java.util.Locale;
import java.util.Optional;

/** The two import files editors can send. */
public enum ImportFormat {
    CSV,
    HSDS;

    /** By file name: {@code .csv} is CSV, {@code .json} is HSDS; anything else is not an import file. */
    public static Optional<ImportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) return Optional.of(CSV);
        if (lower.endsWith(".json")) return Optional.of(HSDS);
        return Optional.empty();
    }
}
