package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.wegwijs.index.SearchResult;

/**
 * Transparent search: says how the query was understood ("ook gezocht op ..."), offers the
 * did-you-mean, and one link to search the words literally (or back to the wider search).
 */
class UnderstoodLine extends Paragraph {

    UnderstoodLine(SearchState state, SearchResult result) {
        addClassName("wegwijs-understood");
        if (result.suggestion() != null && !result.suggestion().equalsIgnoreCase(state.text())) {
            add(new Span(getTranslation("search.didYouMean") + " "),
                    SearchLinks.to(result.suggestion(), state.withText(result.suggestion())), new Span("? "));
        }
        if (state.literal()) {
            add(new Span(getTranslation("search.literalOn") + " "),
                    SearchLinks.to(getTranslation("search.literalOff"), state.withLiteral(false)));
        } else if (!result.expansions().isEmpty()) {
            add(new Span(getTranslation("search.alsoSearched", String.join(", ", result.expansions())) + " "),
                    SearchLinks.to(getTranslation("search.literalLink", state.text()), state.withLiteral(true)));
        }
        setVisible(getChildren().findAny().isPresent());
    }
}
