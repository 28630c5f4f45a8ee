package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Place and radius: applying them navigates to the new URL, so the state stays in the address bar. */
class PlaceFilter extends Div {

    static final List<Integer> RADII = List.of(5, 10, 25, 50, 100);

    PlaceFilter(SearchState state, boolean placeKnown) {
        addClassName("wegwijs-placefilter");
        TextField place = new TextField(getTranslation("place.label"));
        place.setValue(state.place());
        place.setPlaceholder(getTranslation("place.placeholder"));
        place.setMaxLength(100);
        place.setClearButtonVisible(true);
        if (!placeKnown && !state.place().isEmpty()) {
            place.setInvalid(true);
            place.setErrorMessage(getTranslation("place.unknown"));
        }
        Select<Integer> radius = new Select<>();
        radius.setLabel(getTranslation("place.radius"));
        radius.setItems(RADII);
        radius.setItemLabelGenerator(km -> getTranslation("place.km", km));
        radius.setValue(RADII.contains(state.radiusKm()) ? state.radiusKm() : SearchState.DEFAULT_RADIUS_KM);
        Runnable apply = () -> getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                state.withPlace(place.getValue(), radius.getValue()).toQuery()));
        place.addKeyPressListener(Key.ENTER, e -> apply.run());
        Button button = new Button(getTranslation("place.apply"), e -> apply.run());
        add(place, radius, button);
    }
}
