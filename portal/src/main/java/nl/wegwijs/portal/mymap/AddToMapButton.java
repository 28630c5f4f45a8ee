package nl.wegwijs.portal.mymap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** "Zet op mijn kaart" on an entry page: choose a ring, and the entry is added to the map in this browser. */
public class AddToMapButton extends Div {

    public AddToMapButton(String entryId, String name, @Nullable String phone, List<String> settings) {
        addClassNames("wegwijs-addtomap", "wegwijs-noprint");
        Select<Ring> ring = new Select<>();
        ring.setLabel(getTranslation("mymap.addRing"));
        ring.setItems(Arrays.asList(Ring.values()));
        ring.setItemLabelGenerator(r -> getTranslation("mymap.ring." + r.code));
        ring.setValue(settings.contains("op_school") ? Ring.SCHOOL : settings.contains("thuis") ? Ring.THUIS : Ring.DICHTBIJ);
        Span done = new Span();
        done.getElement().setAttribute("role", "status");
        Anchor open = new Anchor("mijn-kaart", getTranslation("mymap.open"));
        open.getElement().setAttribute("router-link", true);
        open.setVisible(false);
        Button add = new Button(getTranslation("mymap.add"), e -> {
            BrowserStore.add(this, new MapItem(ring.getValue().code, name, entryId, phone == null ? "" : phone));
            done.setText(getTranslation("mymap.added"));
            open.setVisible(true);
        });
        add.addClassName("wegwijs-addtomap-button");
        add(ring, add, done, open);
    }
}
