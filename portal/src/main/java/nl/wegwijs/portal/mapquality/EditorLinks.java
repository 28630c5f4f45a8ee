package nl.wegwijs.portal.mapquality;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The link from a dashboard row to the entry in the editor, and the date format of the dashboards. */
final class EditorLinks {

    private EditorLinks() {}

    /** /redactie?id=... opens the entry's form on the editors' list (see EntryListView). */
    static Anchor entry(String id, String name) {
        Anchor link = new Anchor("redactie?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8), name);
        link.getElement().setAttribute("data-entry", id);
        return link;
    }

    static String date(@Nullable LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
