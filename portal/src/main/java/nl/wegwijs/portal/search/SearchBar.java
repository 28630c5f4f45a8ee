package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/** The one search box: Enter or the button opens /zoeken?q=..., so every search has a shareable URL. */
class SearchBar extends Div {

    private final TextField field = new TextField();

    SearchBar(String initialText) {
        addClassName("wegwijs-searchbar");
        field.setValue(initialText);
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.label"));
        field.setClearButtonVisible(true);
        field.setMaxLength(500);
        field.addKeyPressListener(Key.ENTER, e -> go());
        Button button = new Button(getTranslation("search.button"), e -> go());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        add(field, button);
    }

    void focus() {
        field.focus();
    }

    private void go() {
        String text = field.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(Map.of("q", text))));
    }
}
