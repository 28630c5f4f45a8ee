package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The life of a programme or practice example: pilot, running, ended or merged into another entry. */
@Embeddable
public record ProgrammeLifecycle(
        @Enumerated(EnumType.STRING) @Column(name = "lifecycle") @Nullable Lifecycle stage,
        @Column(name = "lifecycle_started_on") @Nullable LocalDate startedOn,
        @Column(name = "lifecycle_ended_on") @Nullable LocalDate endedOn,
        @Column(name = "merged_into_id") @Nullable String mergedIntoId,
        @Column(name = "evidence_level") @Nullable String evidenceLevel) {

    public static final ProgrammeLifecycle UNKNOWN = new ProgrammeLifecycle(null, null, null, null, null);
}
