package nl.wegwijs.crawler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.wegwijs.crawler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_crawler_imports_nothing_from_spring =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("nl.wegwijs.crawler.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_never_reach_back_into_the_public_api =
            noClasses().that().resideInAPackage("nl.wegwijs.crawler.(*)..")
                    .should().dependOnClassesThat().resideInAPackage("nl.wegwijs.crawler");

    @ArchTest
    static final ArchRule extraction_and_the_frontier_do_no_io =
            noClasses().that().resideInAnyPackage("nl.wegwijs.crawler.extract..", "nl.wegwijs.crawler.frontier..")
                    .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "nl.wegwijs.crawler.fetch..");
}
