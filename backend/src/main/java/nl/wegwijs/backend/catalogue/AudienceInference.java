package nl.wegwijs.backend.catalogue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guesses for whom in the family an imported entry is, from its audience and summary text. Only for
 * imports without that field; editors correct it.
 */
final class AudienceInference {

    private AudienceInference() {}

    static Set<ForWhom> forWhom(@Nullable String audience, @Nullable String summary) {
        String text = ((audience == null ? "" : audience) + " " + (summary == null ? "" : summary)).toLowerCase(Locale.ROOT);
        Set<ForWhom> result = EnumSet.noneOf(ForWhom.class);
        if (text.matches("(?s).*\\b(kind|kinderen|jongeren|jeugd|baby|peuter|tieners?|jongvolwassenen)\\b.*")) result.add(ForWhom.KIND);
        if (text.matches("(?s).*\\b(ouders?|gezinnen|gezin|mantelzorgers?|moeders?|vaders?)\\b.*")) result.add(ForWhom.OUDER);
        if (text.matches("(?s).*\\b(brussen|broers|zussen|broertjes|zusjes)\\b.*")) result.add(ForWhom.BRUSSEN);
        if (text.matches("(?s).*\\b(netwerk|grootouders|opa|oma|vrienden|buren)\\b.*")) result.add(ForWhom.NETWERK);
        return result;
    }
}
