package nl.wegwijs.backend.interop;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one record of an import file, and where: the record's position ({@code index},
 * from 0, for HSDS; {@code line}, from 1 and counting the header, for CSV), its id when known, and the
 * field or column. {@code code} is stable for programs, {@code value} is the value that was refused (an unknown
 * term, say), {@code message} is for people: Dutch, or English with Accept-Language: en ({@link ImportMessages}).
 */
public record ImportProblem(@Nullable Integer index, @Nullable Integer line, @Nullable String recordId, String field,
        String code, @Nullable String value, String message) {

    static ImportProblem atIndex(int index, @Nullable String recordId, String field, String code, @Nullable String value,
            String message) {
        return new ImportProblem(index, null, recordId, field, code, value, message);
    }

    static ImportProblem atLine(int line, @Nullable String recordId, String column, String code, @Nullable String value,
            String message) {
        return new ImportProblem(null, line, recordId, column, code, value, message);
    }

    ImportProblem withMessage(String text) {
        return new ImportProblem(index, line, recordId, field, code, value, text);
    }
}
