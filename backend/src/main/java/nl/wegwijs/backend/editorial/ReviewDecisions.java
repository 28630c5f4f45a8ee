package nl.wegwijs.backend.editorial;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on proposals, per field or in bulk. Accepted fields are written through the
 * editorial service (validated, with a revision and an index update); a proposed new entry becomes a
 * draft, so nothing from the crawler is published without an editor publishing it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class ReviewDecisions {

    private final ProposalRepository proposals;
    private final EditorialService editorial;
    private final Clock clock;

    ReviewDecisions(ProposalRepository proposals, EditorialService editorial, Clock clock) {
        this.proposals = proposals;
        this.editorial = editorial;
        this.clock = clock;
    }

    /**
     * @param decisions field to ACCEPTED or REJECTED; fields left out stay open
     * @return the entry after the accepted fields were written, if any were
     */
    public Optional<EntryDraft> decide(UUID proposalId, Map<String, FieldDecision> decisions) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new IllegalArgumentException("No proposal " + proposalId));
        Map<String, @Nullable String> accepted = new LinkedHashMap<>();
        proposal.getFields().stream()
                .filter(f -> f.decision() == FieldDecision.OPEN && decisions.get(f.field()) == FieldDecision.ACCEPTED)
                .forEach(f -> accepted.put(f.field(), f.proposedValue()));
        Optional<EntryDraft> result = Optional.empty();
        if (!accepted.isEmpty()) {
            EntryDraft draft = editorial.applyAccepted(proposal.getEntryId(), accepted);
            if (proposal.getEntryId() == null) proposal.linkTo(draft.id());
            result = Optional.of(draft);
        }
        String editor = Revisions.author();
        decisions.forEach((field, decision) -> {
            if (decision != FieldDecision.OPEN) proposal.decide(field, decision, editor, clock.instant());
        });
        return result;
    }

    /** The same decision for every open field of every given proposal (bulk accept or reject). */
    public void decideAll(Collection<UUID> proposalIds, FieldDecision decision) {
        for (UUID id : proposalIds) {
            Proposal proposal = proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("No proposal " + id));
            Map<String, FieldDecision> all = new LinkedHashMap<>();
            proposal.getFields().stream().filter(f -> f.decision() == FieldDecision.OPEN)
                    .forEach(f -> all.put(f.field(), decision));
            decide(id, all);
        }
    }
}
