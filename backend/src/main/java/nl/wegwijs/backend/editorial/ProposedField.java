package nl.wegwijs.backend.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One field of a proposal: the proposed value, the value it would replace, and the editor's decision. */
@Embeddable
record ProposedField(
        @Column(name = "field", nullable = false) String field,
        @Column(name = "proposed_value") @Nullable String proposedValue,
        @Column(name = "value_before") @Nullable String valueBefore,
        @Enumerated(EnumType.STRING) @Column(name = "decision", nullable = false) FieldDecision decision) {

    ProposedField decided(FieldDecision newDecision) {
        return new ProposedField(field, proposedValue, valueBefore, newDecision);
    }
}
