package nl.wegwijs.backend.catalogue;

/** No published entry has this id. */
public class EntryNotFoundException extends RuntimeException {

    private final String entryId;

    public EntryNotFoundException(String entryId) {
        super("No published entry with id " + entryId);
        this.entryId = entryId;
    }

    public String entryId() {
        return entryId;
    }
}
