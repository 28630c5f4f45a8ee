package nl.wegwijs.backend.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.backend.catalogue.Entry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the revision history; fields are kept as a JSON object so the schema can grow. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Revisions {

    private static final TypeReference<LinkedHashMap<String, @Nullable String>> FIELDS = new TypeReference<>() {};
    private final EntryRevisionRepository revisions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Revisions(EntryRevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    void record(Entry entry, String action) {
        int number = revisions.lastNumber(entry.getId()) + 1;
        revisions.save(new EntryRevision(entry.getId(), number, author(), clock.instant(), action,
                entry.getStatus().name(), json.writeValueAsString(EntryFields.read(entry))));
    }

    List<RevisionView> history(String entryId) {
        List<EntryRevision> newestFirst = revisions.findByEntryIdOrderByNumberDesc(entryId);
        List<RevisionView> views = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Map<String, @Nullable String> fields = fields(newestFirst.get(i));
            Map<String, @Nullable String> before = i + 1 < newestFirst.size() ? fields(newestFirst.get(i + 1)) : Map.of();
            EntryRevision r = newestFirst.get(i);
            views.add(new RevisionView(r.getNumber(), r.getAuthor(), r.getChangedAt(), r.getAction(), r.getStatus(),
                    fields, diff(before, fields)));
        }
        return views;
    }

    Map<String, @Nullable String> fieldsOf(String entryId, int number) {
        return revisions.findByEntryIdAndNumber(entryId, number).map(this::fields)
                .orElseThrow(() -> new IllegalArgumentException("Entry " + entryId + " has no revision " + number));
    }

    static List<RevisionView.Change> diff(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        List<RevisionView.Change> changes = new ArrayList<>();
        for (String field : EntryFields.NAMES) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new RevisionView.Change(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }

    private Map<String, @Nullable String> fields(EntryRevision r) {
        return json.readValue(r.getFields(), FIELDS);
    }

    static String author() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
