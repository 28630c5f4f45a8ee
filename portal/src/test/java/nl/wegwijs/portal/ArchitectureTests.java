package nl.wegwijs.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Views stay thin: they call services, never repositories or the index directly. */
class ArchitectureTests {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wegwijs.portal");

    @Test
    void views_never_touch_repositories_or_the_lucene_index() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleName("CatalogueIndex")
                .check(PORTAL);
    }

    @Test
    void portal_features_have_no_cycles() {
        slices().matching("nl.wegwijs.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }
}
