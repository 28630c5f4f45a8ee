package nl.wegwijs.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The backend's shape, as a test: features without cycles, repositories behind transactional services. */
class ArchitectureTests {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wegwijs.backend");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("nl.wegwijs.backend.(*)..").should().beFreeOfCycles().check(BACKEND);
    }

    @Test
    void repositories_are_only_used_by_transactional_classes() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Transactional.class)
                .check(BACKEND);
    }

    @Test
    void the_backend_knows_nothing_of_the_portal_or_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "nl.wegwijs.portal..")
                .check(BACKEND);
    }
}
