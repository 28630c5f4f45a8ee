package nl.wegwijs.index;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Conventions habit 2: the index module knows no Spring, and its features form no cycles. */
@AnalyzeClasses(packages = "nl.wegwijs.index", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule no_spring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule no_cycles_between_features =
      slices().matching("nl.wegwijs.index.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule analysis_depends_on_no_other_feature =
      noClasses().that().resideInAPackage("..index.analysis..")
          .should().dependOnClassesThat().resideInAnyPackage("..index.indexing..", "..index.query..",
              "..index.suggest..", "..index.facet..", "..index.place..");
}
