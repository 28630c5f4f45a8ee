package nl.wegwijs.backend.editorial;

import java.util.List;

/**
 * Someone else saved the entry after this editor opened it. Carries what is stored now and the fields
 * where it differs from what this editor wanted to save, so the form can show them and offer reload or merge.
 */
public class EditConflictException extends RuntimeException {

    private final EntryDraft current;
    private final List<String> differing;

    public EditConflictException(EntryDraft current, List<String> differing) {
        super("Entry " + current.id() + " changed meanwhile: " + differing);
        this.current = current;
        this.differing = List.copyOf(differing);
    }

    public EntryDraft current() { return current; }
    public List<String> differing() { return differing; }
}
