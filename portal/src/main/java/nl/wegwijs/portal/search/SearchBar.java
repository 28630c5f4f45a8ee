package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import nl.wegwijs.index.Suggestion;
import nl.wegwijs.portal.entry.EntryView;

/**
 * The one search box. Suggestions appear as you type, as a plain list of links below the box (reachable
 * by Tab, read out politely); Enter or the button opens /zoeken?q=..., so every search has a shareable URL.
 */
class SearchBar extends Div {

    private static final int SUGGESTIONS = 6;

    private final TextField field = new TextField();
    private final UnorderedList suggestions = new UnorderedList();
    private final SearchState state;

    SearchBar(SearchState state, Function<String, List<Suggestion>> suggest) {
        this.state = state;
        addClassName("wegwijs-searchbar");
        field.setValue(state.text());
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.label"));
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchState.MAX_TEXT);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> { if (e.isFromClient()) show(suggest.apply(e.getValue())); });
        field.addKeyPressListener(Key.ENTER, e -> go());
        Button button = new Button(getTranslation("search.button"), e -> go());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        suggestions.addClassName("wegwijs-suggestions");
        suggestions.getElement().setAttribute("aria-live", "polite");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        add(field, button, suggestions);
    }

    void focus() {
        field.focus();
    }

    private void show(List<Suggestion> found) {
        suggestions.removeAll();
        found.stream().limit(SUGGESTIONS).forEach(s -> suggestions.add(new ListItem(link(s))));
    }

    private RouterLink link(Suggestion s) {
        if (s.entryId() != null) {
            return new RouterLink(s.text(), EntryView.class, new RouteParameters("id", s.entryId()));
        }
        return SearchLinks.to(s.text(), state.withText(s.text()));
    }

    private void go() {
        String text = field.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, state.withText(text).toQuery()));
    }
}
