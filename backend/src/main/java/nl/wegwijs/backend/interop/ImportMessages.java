package nl.wegwijs.backend.interop;

import java.util.Locale;
import java.util.Objects;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The people's text of each import problem, from the interop-messages bundle: Dutch (B1) by default, English
 * for Accept-Language: en. A code the bundle does not know keeps the English text it was reported with.
 */
final class ImportMessages {

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    ImportMessages() {
        texts.setBasename("interop-messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    ImportReport localise(ImportReport r, Locale locale) {
        return new ImportReport(r.format(), r.dryRun(), r.records(), r.valid(), r.imported(), r.skipped(), r.committed(),
                r.problems().stream().map(p -> localise(p, locale)).toList(),
                r.warnings().stream().map(p -> localise(p, locale)).toList());
    }

    ImportProblem localise(ImportProblem p, Locale locale) {
        String what = texts.getMessage("import.code." + p.code(), new Object[] {Objects.requireNonNullElse(p.value(), "")},
                "", locale);
        if (what == null || what.isEmpty()) return p;
        String where = p.line() != null
                ? texts.getMessage("import.where.line", new Object[] {p.line(), p.field()}, locale)
                : texts.getMessage("import.where.index", new Object[] {p.index(), p.field(),
                        Objects.requireNonNullElse(p.recordId(), "?")}, locale);
        return p.withMessage(where + " " + what);
    }

    String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }
}
