package org.namc.notifications.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The channels module is an adapter: it uses the core's published API and ports, and no other adapter. */
class ChannelsArchitectureTest {
    static final JavaClasses MODULE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.namc.notifications.email", "org.namc.notifications.sms", "org.namc.notifications.push",
                    "org.namc.notifications.templates", "org.namc.notifications.outbox");

    @Test
    void dependsOnTheCoreMailAndMustacheOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "javax.net..",
                        "jakarta.mail..", "org.eclipse.angus.mail..", "com.github.mustachejava..", "org.jspecify..",
                        "org.namc.notifications..", "org.namc.shared.domain..", "org.namc.shared.crypto..")
                .check(MODULE);
    }

    @Test
    void neverReachesIntoTheCoresInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.namc..internal..", "org.namc.persistence..",
                "org.namc.testing..").check(MODULE);
    }
}
