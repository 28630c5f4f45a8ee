package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Html;
import java.util.OptionalInt;

/**
 * Above a nationwide fallback (nothing lay within the radius of the place, FinderService gave the
 * entries not tied to a place instead): says so, and offers the next wider radius if there is one.
 * One markup for the view and the HTML the server sends first (ServedResults).
 */
final class NearbyNotice {

    static final String CLASS = "wegwijs-nearby";

    private NearbyNotice() {}

    static Html of(SearchState shown, ResultCard.Texts i18n) {
        return new Html(html(shown, i18n));
    }

    /** The notice's markup; every value is escaped. */
    static String html(SearchState shown, ResultCard.Texts i18n) {
        StringBuilder html = new StringBuilder("<div class=\"" + CLASS + " wegwijs-notice\"><p>")
                .append(Markup.text(i18n.getTranslation("nearby.none", shown.radiusKm(), shown.place()))).append("</p>");
        OptionalInt wider = wider(shown.radiusKm());
        if (wider.isPresent()) {
            SearchState next = shown.withPlace(shown.place(), wider.getAsInt());
            html.append("<p>").append(Markup.link("zoeken?" + next.toQuery().getQueryString(),
                    Markup.text(i18n.getTranslation("nearby.wider", wider.getAsInt(), shown.place())),
                    " class=\"wegwijs-nearby-wider\"")).append("</p>");
        }
        return html.append("</div>").toString();
    }

    /** The next radius the place filter offers beyond {@code radiusKm}, if any. */
    static OptionalInt wider(int radiusKm) {
        return PlaceFilter.RADII.stream().mapToInt(Integer::intValue).filter(km -> km > radiusKm).findFirst();
    }
}
