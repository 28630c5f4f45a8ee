package nl.wegwijs.portal.socialmap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.backend.socialmap.SocialMapFilter;

/** The filters of the social map; "Toon" hands a new filter to the view, which puts it in the URL. */
class SocialMapFilterBar extends Div {

    static final List<String> FUNDING = List.of("jeugdwet", "wmo", "wlz", "zvw", "pgb", "gratis", "overig");
    static final List<String> FOR = List.of("kind", "ouder", "brussen", "netwerk");

    SocialMapFilterBar(SocialMapFilter f, Consumer<SocialMapFilter> apply) {
        addClassName("wegwijs-form");
        TextField text = new TextField(getTranslation("socialmap.text"));
        text.setValue(f.text());
        text.setMaxLength(200);
        TextField place = new TextField(getTranslation("socialmap.place"));
        place.setValue(f.place() == null ? "" : f.place());
        place.setPlaceholder(getTranslation("place.placeholder"));
        IntegerField radius = new IntegerField(getTranslation("socialmap.radius"));
        radius.setValue((int) f.radiusKm());
        radius.setMin(1);
        radius.setMax(300);
        IntegerField age = new IntegerField(getTranslation("socialmap.age"));
        age.setValue(f.age());
        age.setMin(0);
        age.setMax(120);
        CheckboxGroup<String> funding = new CheckboxGroup<>(getTranslation("facet.funding"));
        funding.setItems(FUNDING);
        funding.setItemLabelGenerator(v -> getTranslation("facet.funding." + v));
        funding.setValue(new java.util.HashSet<>(f.funding()));
        CheckboxGroup<String> forWhom = new CheckboxGroup<>(getTranslation("facet.for"));
        forWhom.setItems(FOR);
        forWhom.setItemLabelGenerator(v -> getTranslation("facet.for." + v));
        forWhom.setValue(new java.util.HashSet<>(f.forWhom()));
        Button show = new Button(getTranslation("socialmap.show"), e -> apply.accept(new SocialMapFilter(text.getValue(),
                place.getValue(), radius.getValue() == null ? 0 : radius.getValue(), FUNDING.stream().filter(funding.getValue()::contains).toList(),
                age.getValue(), FOR.stream().filter(forWhom.getValue()::contains).toList(), f.kinds())));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClassName("wegwijs-show");
        add(text, place, radius, age, funding, forWhom, show);
    }
}
