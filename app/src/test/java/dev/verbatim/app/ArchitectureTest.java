package dev.verbatim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the style guide, checked by the build instead of by a grep: only the
 * {@code …kafka} adapter packages of the stage modules touch Kafka; the cleaning core and the model
 * do no logging and no file I/O; library code never writes to the standard streams.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.verbatim");
    }

    @Test
    void onlyKafkaAdapterPackagesOfTheStagesTouchKafka() {
        noClasses().that().resideInAnyPackage("dev.verbatim.model..", "dev.verbatim.clean..", "dev.verbatim.ingest..",
                        "dev.verbatim.sink..")
                .and().resideOutsideOfPackage("..kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .because("the pure cores are Kafka-free; adapters live in …kafka packages (STYLE M2)")
                .check(main);
    }

    @Test
    void cleaningCoreAndModelNeitherLogNorTouchFiles() {
        noClasses().that().resideInAnyPackage("dev.verbatim.model", "dev.verbatim.clean", "dev.verbatim.clean.steps")
                .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .because("the core is a pure function: the adapters log and do I/O (STYLE C1, L1)")
                .check(main);
    }

    @Test
    void cleaningStepsDoNotReachBackIntoTheCleanerPackage() {
        slices().matching("dev.verbatim.clean.(*)..").should().beFreeOfCycles().check(main);
        noClasses().that().resideInAPackage("dev.verbatim.clean.steps")
                .should().dependOnClassesThat().resideInAPackage("dev.verbatim.clean")
                .because("the steps and the rule records they read sit together; PageCleaner composes them (no cycle)")
                .check(main);
    }

    @Test
    void launcherSubpackagesDoNotReachBackIntoTheLauncher() {
        noClasses().that().resideInAnyPackage("dev.verbatim.app.kafka", "dev.verbatim.app.bench", "dev.verbatim.app.metrics")
                .should().dependOnClassesThat().resideInAPackage("dev.verbatim.app")
                .because("the broker adapters, the bench and the metrics take what they need; the launcher wires them (no cycle)")
                .check(main);
    }

    @Test
    void onlyThePostgresStoreTouchesJdbc() {
        noClasses().that().resideInAPackage("dev.verbatim..").and().resideOutsideOfPackage("dev.verbatim.sink.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                        "com.zaxxer.hikari..", "org.flywaydb..")
                .because("the database is one store behind TranscriptStore; the Kafka layer commits after its sync")
                .check(main);
        noClasses().that().resideInAPackage("dev.verbatim.sink.postgres..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(main);
    }

    @Test
    void modelHasNoParserOrKafkaTypes() {
        noClasses().that().resideInAPackage("dev.verbatim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.apache.kafka..", "com.github.houbb..")
                .check(main);
    }

    @Test
    void libraryCodeLeavesTheStandardStreamsToTheLauncher() {
        noClasses().that().resideInAnyPackage("dev.verbatim.model..", "dev.verbatim.clean..", "dev.verbatim.ingest..",
                        "dev.verbatim.sink..")
                .should(ACCESS_STANDARD_STREAMS)
                .check(main);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(main);
    }
}
