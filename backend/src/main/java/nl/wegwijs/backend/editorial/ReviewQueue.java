package nl.wegwijs.backend.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One queue for everything proposed from outside the editors' own edits: the crawler, the public
 * "klopt er iets niet?" form and providers. A proposal changes nothing public until an editor
 * accepts it, field by field ({@link ReviewDecisions}).
 */
@Service
@Transactional
public class ReviewQueue {

    /** The field names a proposal may use. */
    public static final List<String> FIELDS = EntryFields.NAMES;

    private static final Pattern ORIGIN = Pattern.compile("public|provider|editor|crawler:[A-Za-z0-9._-]{1,100}");

    private final ProposalRepository proposals;
    private final CatalogueService catalogue;
    private final Clock clock;

    ReviewQueue(ProposalRepository proposals, CatalogueService catalogue, Clock clock) {
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Puts a proposal in the queue.
     *
     * @return the proposal's id
     * @throws IllegalArgumentException for an unknown origin or field, or no fields at all
     * @throws EntryNotFoundException when {@code entryId} names no entry
     */
    public UUID propose(NewProposal proposal) {
        if (!ORIGIN.matcher(proposal.origin()).matches()) {
            throw new IllegalArgumentException("Unknown origin: " + proposal.origin());
        }
        boolean crawled = proposal.origin().startsWith("crawler:");
        Map<String, @Nullable String> current = proposal.entryId() == null ? Map.of()
                : catalogue.withEntry(proposal.entryId(), EntryFields::read)
                        .orElseThrow(() -> new EntryNotFoundException(proposal.entryId()));
        List<ProposedField> fields = new ArrayList<>();
        for (String field : FIELDS) {
            if (!proposal.fields().containsKey(field)) continue;
            fields.add(new ProposedField(field, PlainText.clean(proposal.fields().get(field), crawled),
                    current.get(field), FieldDecision.OPEN));
        }
        proposal.fields().keySet().stream().filter(f -> !EntryFields.known(f)).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("Unknown field: " + f);
        });
        if (proposal.entryId() == null && !proposal.fields().containsKey("name")) {
            throw new IllegalArgumentException("A proposed new entry needs a name");
        }
        Proposal stored = new Proposal(proposal.origin(), proposal.entryId(),
                PlainText.clean(proposal.note(), crawled), PlainText.clean(proposal.sourceUrl(), crawled),
                fields, clock.instant());
        return proposals.save(stored).getId();
    }

    @Transactional(readOnly = true)
    public Page<ProposalView> open(Pageable page) {
        return proposals.findByStatusOrderByCreatedAt(ProposalStatus.OPEN, page).map(this::view);
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return proposals.countByStatus(ProposalStatus.OPEN);
    }

    @Transactional(readOnly = true)
    public Optional<ProposalView> find(UUID id) {
        return proposals.findById(id).map(this::view);
    }

    private ProposalView view(Proposal p) {
        Map<String, @Nullable String> now = p.getEntryId() == null ? Map.of()
                : catalogue.withEntry(p.getEntryId(), EntryFields::read).orElse(Map.of());
        String name = now.get("name");
        return new ProposalView(p.getId(), p.getOrigin(), p.getEntryId(), name, p.getNote(), p.getSourceUrl(),
                p.getStatus(), p.getCreatedAt(), p.getDecidedAt(), p.getDecidedBy(),
                p.getFields().stream().map(f -> new ProposalView.FieldView(f.field(), f.valueBefore(),
                        f.proposedValue(), now.get(f.field()), f.decision())).toList());
    }
}
