package nl.wegwijs.backend.catalogue;

import java.util.Arrays;

/** What an entry is. The codes are the demo catalogue's and the API's. */
public enum Kind {
    PROVISION("provision"),
    ORGANISATION("organisation"),
    PARENT_ASSOCIATION("parent_association"),
    RESPITE_CARE("respite_care"),
    PROGRAMME("programme"),
    PRACTICE_EXAMPLE("practice_example"),
    KNOWLEDGE("knowledge"),
    WEBSITE("website"),
    TOOL("tool"),
    REGULATION("regulation");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Kind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind: " + code));
    }
}
