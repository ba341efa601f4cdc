package org.namc.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.architecture.ArchitectureRules.MAIN_ROOT;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;

/** The main code of namc-core keeps every rule of ARCHITECTURE.md. */
class ArchitectureTest {

    private static final JavaClasses MAIN = NamcClasses.main();

    @TestFactory
    Stream<DynamicTest> main_code_keeps_every_rule() {
        return ArchitectureRules.all(MAIN_ROOT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
    }

    @Test
    void main_code_depends_only_on_the_jdk_jakarta_validation_and_jspecify() {
        check(ArchitectureRules.onlyAllowedDependencies(MAIN_ROOT));
    }

    @Test
    void features_are_free_of_cycles() {
        check(ArchitectureRules.featuresAreFreeOfCycles(MAIN_ROOT));
    }

    @Test
    void shared_kernel_depends_on_no_feature() {
        check(ArchitectureRules.sharedKernelDependsOnNoFeature(MAIN_ROOT));
    }

    @Test
    void internal_packages_are_encapsulated() {
        check(ArchitectureRules.internalPackagesAreEncapsulated(MAIN_ROOT));
    }

    @Test
    void spi_packages_hold_only_interfaces() {
        check(ArchitectureRules.spiPackagesHoldOnlyInterfaces(MAIN_ROOT));
    }

    @Test
    void no_forbidden_class_name_suffixes() {
        check(ArchitectureRules.noForbiddenClassNameSuffixes(MAIN_ROOT));
    }

    @Test
    void no_insecure_randomness() {
        check(ArchitectureRules.noInsecureOrUnseededRandomness(MAIN_ROOT));
    }

    @Test
    void no_system_clock() {
        check(ArchitectureRules.noSystemClock(MAIN_ROOT));
    }

    @Test
    void every_package_is_null_marked() {
        check(ArchitectureRules.everyPackageIsNullMarked(MAIN_ROOT));
    }

    @Test
    void domain_depends_on_no_internal_or_spi_package() {
        check(ArchitectureRules.domainDoesNotDependOnInternalOrSpi(MAIN_ROOT));
    }

    @Test
    void no_public_signature_names_an_internal_type() {
        check(ArchitectureRules.noPublicSignatureNamesAnInternalType(MAIN_ROOT));
    }

    @Test
    void apis_return_views_not_aggregates() {
        check(ArchitectureRules.apisReturnViewsNotAggregates(MAIN_ROOT));
    }

    // The import itself: main classes, and nothing from the test output (so no fixture).

    @Test
    void main_import_holds_the_main_code() {
        assertThat(MAIN.contain(NamcPortal.class)).isTrue();
        assertThat(MAIN.contain(NamcPortalBuilder.class)).isTrue();
        assertThat(MAIN.containPackage(MAIN_ROOT + ".membership.internal")).isTrue();
        assertThat(MAIN.containPackage(MAIN_ROOT + ".shared.domain")).isTrue();
    }

    @Test
    void main_import_holds_no_test_class_and_no_fixture() {
        assertThat(MAIN.contain(ArchitectureTest.class)).isFalse();
        assertThat(MAIN.containPackage(NamcClasses.VIOLATIONS_ROOT)).isFalse();
        assertThat(MAIN.stream().map(JavaClass::getName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("org.namc.architecture."))
                .noneMatch(name -> name.endsWith("Test") || name.endsWith("Tests"));
        assertThat(MAIN.stream()
                .map(javaClass -> javaClass.getSource().map(source -> source.getUri().toString()).orElse("")))
                .noneMatch(uri -> uri.contains(NamcClasses.testOutputPath()));
    }

    private static void check(ArchRule rule) {
        rule.check(MAIN);
    }
}
