package nl.wegwijs.backend.finder;

import java.util.List;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.index.SearchHit;

/** What an entry page shows: the entry, related entries, and the knowledge items that mention it. */
public record EntryPage(EntryDetails entry, List<SearchHit> related, List<SearchHit> mentionedIn) {

    /** The kinds the knowledge base shows (practice examples, knowledge, programmes, tools, regulations). */
    public static final List<String> KNOWLEDGE_KINDS = List.of("practice_example", "knowledge", "programme", "tool", "regulation");
    /** The kinds a family can go to. */
    public static final List<String> PROVISION_KINDS = List.of("provision", "respite_care", "organisation", "parent_association", "website");

    public EntryPage {
        related = List.copyOf(related);
        mentionedIn = List.copyOf(mentionedIn);
    }
}
