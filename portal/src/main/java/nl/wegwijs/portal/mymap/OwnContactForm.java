package nl.wegwijs.portal.mymap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.Consumer;

/** Adds a contact of the family's own (the GP, grandma, the school's care coordinator) to a ring. */
class OwnContactForm extends Details {

    OwnContactForm(Consumer<MapItem> added) {
        setSummaryText(getTranslation("mymap.own"));
        addClassName("wegwijs-noprint");
        TextField name = new TextField(getTranslation("mymap.ownName"));
        name.setMaxLength(120);
        TextField note = new TextField(getTranslation("mymap.ownNote"));
        note.setMaxLength(200);
        Select<Ring> ring = new Select<>();
        ring.setLabel(getTranslation("mymap.addRing"));
        ring.setItems(Arrays.asList(Ring.values()));
        ring.setItemLabelGenerator(r -> getTranslation("mymap.ring." + r.code));
        ring.setValue(Ring.THUIS);
        Button add = new Button(getTranslation("mymap.ownAdd"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("mymap.ownNameNeeded"));
                return;
            }
            added.accept(new MapItem(ring.getValue().code, name.getValue(), null, note.getValue()));
        });
        Div form = new Div(name, ring, note, add);
        form.addClassName("wegwijs-form");
        add(form);
        setOpened(false);
    }
}
