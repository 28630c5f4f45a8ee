package nl.wegwijs.portal.mymap;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The map as a picture: the child in the middle, four rings around it, and every item as a dot with
 * its name on its ring. Drawn on the server as SVG elements; the list beside it says the same in text.
 */
class MapPicture extends Div {

    static final int SIZE = 600;
    private static final int CENTRE = SIZE / 2;
    private static final String[] FILLS = {"#e3f0f8", "#eaf5e4", "#fdf0dc", "#f3e8f7"};

    MapPicture(List<MapItem> items) {
        addClassName("wegwijs-mapsvg");
        Element svg = new Element("svg");
        svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
        svg.setAttribute("width", Integer.toString(SIZE));
        svg.setAttribute("height", Integer.toString(SIZE));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", getTranslation("mymap.pictureLabel", items.size()));
        svg.appendChild(shape("rect", "x", "0", "y", "0", "width", "600", "height", "600", "fill", "#ffffff"));
        Ring[] rings = Ring.values();
        for (int i = rings.length - 1; i >= 0; i--) {
            svg.appendChild(shape("circle", "cx", "300", "cy", "300", "r", Integer.toString(rings[i].radius + 30),
                    "fill", FILLS[i], "stroke", "#8aa9bf", "stroke-width", "1"));
        }
        for (int i = 0; i < rings.length; i++) {
            svg.appendChild(text(getTranslation("mymap.ring." + rings[i].code), CENTRE, CENTRE - rings[i].radius - 14, 13, "#1f3f55", true));
        }
        svg.appendChild(shape("circle", "cx", "300", "cy", "300", "r", "40", "fill", "#1f5f8b"));
        svg.appendChild(text(getTranslation("mymap.child"), CENTRE, CENTRE + 5, 15, "#ffffff", true));
        for (Ring ring : rings) {
            List<MapItem> onRing = items.stream().filter(it -> it.ring().equals(ring.code)).toList();
            for (int i = 0; i < onRing.size(); i++) {
                // Spread the items over the ring, leaving the top free for the ring's name.
                double angle = Math.toRadians(-60 + 300.0 * (i + 0.5) / onRing.size() + ring.ordinal() * 11);
                int x = (int) Math.round(CENTRE + ring.radius * Math.sin(angle));
                int y = (int) Math.round(CENTRE - ring.radius * Math.cos(angle));
                svg.appendChild(shape("circle", "cx", Integer.toString(x), "cy", Integer.toString(y), "r", "6",
                        "fill", onRing.get(i).id() == null ? "#b35c00" : "#1f5f8b"));
                svg.appendChild(text(shorten(onRing.get(i).name()), x, y + 19, 12, "#111111", false));
            }
        }
        getElement().appendChild(svg);
        // Flow lower-cases attribute names, and SVG only knows viewBox with a capital B.
        svg.executeJs("this.setAttribute('viewBox', '0 0 600 600')");
    }

    private static Element shape(String tag, String... attributes) {
        Element e = new Element(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            e.setAttribute(attributes[i], attributes[i + 1]);
        }
        return e;
    }

    private static Element text(String value, int x, int y, int size, String colour, boolean bold) {
        Element t = shape("text", "x", Integer.toString(x), "y", Integer.toString(y), "text-anchor", "middle",
                "font-size", Integer.toString(size), "fill", colour, "font-family", "sans-serif");
        if (bold) t.setAttribute("font-weight", "700");
        t.setText(value);
        return t;
    }

    private static String shorten(String name) {
        return name.length() <= 26 ? name : name.substring(0, 25) + "…";
    }
}
