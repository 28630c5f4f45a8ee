package nl.wegwijs.portal.search;

import com.vaadin.flow.router.QueryParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The start page's life questions and the national points of contact, read once from the data file
 * wegwijs/life-questions.txt: which search each question opens is data an editor can change.
 */
final class LifeQuestions {

    /** One entry point: its bundle key stem and the /zoeken state it opens. */
    record Question(String id, SearchState search) {}

    private static final LifeQuestions SHIPPED = load("/wegwijs/life-questions.txt");

    private final List<Question> questions;
    private final List<String> contacts;

    private LifeQuestions(List<Question> questions, List<String> contacts) {
        this.questions = List.copyOf(questions);
        this.contacts = List.copyOf(contacts);
    }

    static LifeQuestions shipped() {
        return SHIPPED;
    }

    List<Question> questions() {
        return questions;
    }

    /** Entry ids of national points of contact, for a search that found nothing. */
    List<String> contacts() {
        return contacts;
    }

    static LifeQuestions load(String resource) {
        List<Question> questions = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LifeQuestions.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] parts = line.split("\t", 2);
                if (line.isBlank() || line.startsWith("#") || parts.length < 2) continue;
                if (parts[0].equals("@contacts")) {
                    contacts.addAll(List.of(parts[1].strip().split("\\s*,\\s*")));
                } else {
                    questions.add(new Question(parts[0].strip(), SearchState.from(QueryParameters.fromString(parts[1].strip()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LifeQuestions(questions, contacts);
    }
}
