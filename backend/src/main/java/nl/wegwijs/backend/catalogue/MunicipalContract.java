package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A municipality that has contracted the provision, and since when (as far as we checked). */
@Embeddable
public record MunicipalContract(
        @Column(name = "municipality", nullable = false) String municipality,
        @Column(name = "contracted_on") @Nullable LocalDate contractedOn) {}
