package nl.wegwijs.portal.editor;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Coded field values as an editor reads them: target groups ({@code facet.for.kind}) and target conditions
 * ({@code condition.emb}) through the bundles; any other value, and a code the bundles do not know (imported
 * before the lists existed), as it is stored.
 */
final class FieldWords {

    private FieldWords() {}

    static String one(Component c, String field, String value) {
        String key = switch (field) {
            case "forWhom" -> "facet.for." + value;
            case "targetConditions" -> "condition." + value;
            default -> null;
        };
        if (key == null) return value;
        String words = c.getTranslation(key);
        return words.startsWith("!") ? value : words;
    }

    /** A stored value as the form and the conflict view show it; lists are joined with ", " as the service stores them. */
    static @Nullable String all(Component c, String field, @Nullable String value) {
        if (value == null || (!field.equals("forWhom") && !field.equals("targetConditions"))) return value;
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> one(c, field, code)).collect(Collectors.joining(", "));
    }
}
