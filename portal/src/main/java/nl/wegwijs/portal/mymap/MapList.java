package nl.wegwijs.portal.mymap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;

/** The map in words, ring by ring: the text twin of the picture, with a remove button per item. */
class MapList extends Div {

    MapList(List<MapItem> items, Consumer<MapItem> remove) {
        addClassName("wegwijs-maplist");
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("mymap.empty")));
            return;
        }
        for (Ring ring : Ring.values()) {
            List<MapItem> onRing = items.stream().filter(i -> i.ring().equals(ring.code)).toList();
            if (onRing.isEmpty()) continue;
            UnorderedList list = new UnorderedList();
            for (MapItem item : onRing) {
                ListItem li = new ListItem();
                if (item.id() != null) {
                    Anchor a = new Anchor("aanbod/" + item.id(), item.name());
                    a.getElement().setAttribute("router-link", true);
                    li.add(a);
                } else {
                    li.add(new Span(item.name()));
                }
                if (!item.note().isEmpty()) {
                    Span note = new Span(" · " + item.note());
                    note.addClassName("wegwijs-muted");
                    li.add(note);
                }
                Button x = new Button(getTranslation("mymap.remove"), e -> remove.accept(item));
                x.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                x.addClassName("wegwijs-noprint");
                x.setAriaLabel(getTranslation("mymap.removeNamed", item.name()));
                li.add(x);
                list.add(li);
            }
            add(new H2(getTranslation("mymap.ring." + ring.code)), list);
        }
    }
}
