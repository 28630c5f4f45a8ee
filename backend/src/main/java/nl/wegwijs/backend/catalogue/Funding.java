package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One funding line of an entry: the normalised route and the source's own words. */
@Embeddable
public record Funding(
        @Enumerated(EnumType.STRING) @Column(name = "route", nullable = false) FundingRoute route,
        @Column(name = "detail") @Nullable String detail) {

    public static Funding from(String text) {
        return new Funding(FundingRoute.recognise(text), text);
    }
}
