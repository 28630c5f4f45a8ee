package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where in a source document an entry's facts come from. */
@Embeddable
public record SourceReference(
        @Column(name = "document", nullable = false) String document,
        @Column(name = "lines") @Nullable String lines) {}
