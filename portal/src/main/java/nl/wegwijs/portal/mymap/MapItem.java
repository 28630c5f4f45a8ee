package nl.wegwijs.portal.mymap;

import org.jspecify.annotations.Nullable;

/** One thing on the map: an entry from Wegwijs (with its id) or a contact of the family's own. */
record MapItem(String ring, String name, @Nullable String id, String note) {

    MapItem {
        ring = Ring.of(ring == null ? "" : ring).code;
        name = name == null ? "" : name.strip();
        if (name.length() > 120) name = name.substring(0, 120);
        note = note == null ? "" : note.strip();
        if (note.length() > 200) note = note.substring(0, 200);
        id = id == null || id.isBlank() || !id.matches("[a-z0-9-]{1,100}") ? null : id;
    }
}
