package nl.wegwijs.backend.interop;

import java.util.List;

/**
 * The outcome of an import or a dry run. An import is all or nothing: with any problem, nothing is
 * written ({@code committed} false), so a file can be fixed and sent again as a whole. Records whose id
 * is already stored are {@code skipped}: an import never overwrites what editors keep.
 */
public record ImportReport(String format, boolean dryRun, int records, int valid, int imported, int skipped,
        boolean committed, List<ImportProblem> problems, List<ImportProblem> warnings) {}
