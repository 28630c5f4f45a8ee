package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Who qualifies (HSDS eligibility): an age range in years and whether a referral is needed. */
@Embeddable
public record Eligibility(
        @Column(name = "age_min") @Nullable Integer ageMin,
        @Column(name = "age_max") @Nullable Integer ageMax,
        @Column(name = "referral_needed") @Nullable Boolean referralNeeded) {

    public static final Eligibility UNKNOWN = new Eligibility(null, null, null);

    public Eligibility {
        if (ageMin != null && (ageMin < 0 || ageMin > 120)) throw new IllegalArgumentException("ageMin out of range");
        if (ageMax != null && (ageMax < 0 || ageMax > 120)) throw new IllegalArgumentException("ageMax out of range");
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new IllegalArgumentException("ageMin is above ageMax");
        }
    }
}
