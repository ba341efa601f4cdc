package org.namc.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The documents adapter speaks to the core and its own libraries only, and never reads the clock. */
class DocumentsArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.namc.documents");

    @Test
    void dependsOnTheCoreAndItsRenderingLibrariesOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..",
                        "org.namc.documents..", "org.namc.billing..", "org.namc.learning..", "org.namc.shared..",
                        "org.apache.pdfbox..", "org.apache.fontbox..", "com.google.zxing..", "org.apache.commons.csv..",
                        "org.jspecify..")
                .because("an adapter depends on the core and its own libraries, never on another adapter")
                .check(MAIN);
    }

    @Test
    void neverReadsTheClock() {
        noClasses().should().callMethod(Instant.class, "now").orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC").orShould().callMethod(System.class,
                        "currentTimeMillis")
                .because("a document's dates come from the document, so rendering it twice gives the same bytes")
                .check(MAIN);
    }

    @Test
    void everyPackageIsNullMarked() {
        classes().that().haveSimpleName("package-info").should().beAnnotatedWith(NullMarked.class).check(MAIN);
        classes().should().resideInAnyPackage("org.namc.documents", "org.namc.documents.pdf",
                "org.namc.documents.csv").check(MAIN);
    }
}
