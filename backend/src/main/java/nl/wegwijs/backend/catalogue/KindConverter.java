package nl.wegwijs.backend.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a kind by its lowercase code, the same code the API and the index use. */
@Converter
class KindConverter implements AttributeConverter<Kind, String> {

    @Override
    public String convertToDatabaseColumn(Kind kind) {
        return kind.code();
    }

    @Override
    public Kind convertToEntityAttribute(String code) {
        return Kind.fromCode(code);
    }
}
