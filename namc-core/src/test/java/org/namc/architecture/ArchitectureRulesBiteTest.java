package org.namc.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.architecture.NamcClasses.VIOLATIONS_ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.namc.architecture.violations.FakePortal;
import org.namc.architecture.violations.alpha.CycleAlpha;
import org.namc.architecture.violations.alpha.TicketsApi;
import org.namc.architecture.violations.alpha.UsesForbiddenLibrary;
import org.namc.architecture.violations.alpha.domain.Ticket;
import org.namc.architecture.violations.alpha.domain.TicketNumber;
import org.namc.architecture.violations.alpha.domain.DomainUsesSpi;
import org.namc.architecture.violations.alpha.internal.AlphaServiceImpl;
import org.namc.architecture.violations.alpha.spi.AlphaStore;
import org.namc.architecture.violations.alpha.spi.NotAnInterface;
import org.namc.architecture.violations.beta.BetaApiUsesSharedInternal;
import org.namc.architecture.violations.beta.CycleBeta;
import org.namc.architecture.violations.beta.NamingViolations;
import org.namc.architecture.violations.beta.domain.UsesAlphaInternal;
import org.namc.architecture.violations.beta.internal.AllowedUsages;
import org.namc.architecture.violations.beta.internal.ClockDodger;
import org.namc.architecture.violations.delta.NotNullMarked;
import org.namc.architecture.violations.gamma.MissingPackageInfo;
import org.namc.architecture.violations.shared.domain.SharedUsesFeature;
import org.namc.architecture.violations.shared.domain.SharedUsesRoot;

/**
 * The rules of {@link ArchitectureRules}, rooted at the fake mini-project in
 * {@code org.namc.architecture.violations}, must each fail and name the offending classes
 * (and not the legal ones planted beside them).
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses VIOLATIONS = NamcClasses.violations();

    @TestFactory
    Stream<DynamicTest> every_rule_fails_on_the_violations() {
        return ArchitectureRules.all(VIOLATIONS_ROOT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                        () -> assertThatThrownBy(() -> rule.check(VIOLATIONS)).isInstanceOf(AssertionError.class)));
    }

    @Test
    void the_fixture_import_is_the_fake_project() {
        assertThat(VIOLATIONS.contain(FakePortal.class)).isTrue();
        assertThat(VIOLATIONS.contain(ArchitectureRulesBiteTest.class)).isFalse();
        assertThat(VIOLATIONS.containPackage("org.namc.membership")).isFalse();
    }

    @Test
    void rule1_forbidden_library() {
        fails(ArchitectureRules.onlyAllowedDependencies(VIOLATIONS_ROOT))
                .hasMessageContaining(UsesForbiddenLibrary.class.getName())
                .hasMessageContaining("org.assertj.core.api.Assertions");
    }

    @Test
    void rule2a_feature_cycle() {
        fails(ArchitectureRules.featuresAreFreeOfCycles(VIOLATIONS_ROOT))
                .hasMessageContaining("feature alpha")
                .hasMessageContaining("feature beta")
                .hasMessageContaining(CycleAlpha.class.getName())
                .hasMessageContaining(CycleBeta.class.getName());
    }

    @Test
    void rule2b_shared_kernel_depends_on_a_feature_or_the_root() {
        fails(ArchitectureRules.sharedKernelDependsOnNoFeature(VIOLATIONS_ROOT))
                .hasMessageContaining(SharedUsesFeature.class.getName())
                .hasMessageContaining(SharedUsesRoot.class.getName())
                .hasMessageContaining(FakePortal.class.getName());
    }

    @Test
    void rule3_internal_reached_from_outside_its_feature() {
        fails(ArchitectureRules.internalPackagesAreEncapsulated(VIOLATIONS_ROOT))
                .hasMessageContaining(UsesAlphaInternal.class.getName())
                .hasMessageContaining(BetaApiUsesSharedInternal.class.getName())
                // legal: the root wires internals, any internal package may use shared.internal
                .hasMessageNotContaining(FakePortal.class.getName())
                .hasMessageNotContaining(AllowedUsages.class.getName())
                .hasMessageNotContaining(AlphaServiceImpl.class.getName() + ".<init>");
    }

    @Test
    void rule4_class_in_spi() {
        fails(ArchitectureRules.spiPackagesHoldOnlyInterfaces(VIOLATIONS_ROOT))
                .hasMessageContaining(NotAnInterface.class.getName())
                .hasMessageNotContaining(AlphaStore.class.getName());
    }

    @Test
    void rule5_forbidden_name_suffixes() {
        fails(ArchitectureRules.noForbiddenClassNameSuffixes(VIOLATIONS_ROOT))
                .hasMessageContaining(AlphaServiceImpl.class.getName())
                .hasMessageContaining(NamingViolations.BetaManager.class.getName())
                .hasMessageContaining(NamingViolations.DateHelper.class.getName())
                .hasMessageContaining(NamingViolations.StringUtil.class.getName())
                .hasMessageContaining(NamingViolations.StringUtils.class.getName())
                .hasMessageContaining(NamingViolations.BetaDao.class.getName())
                .hasMessageContaining(NamingViolations.PaymentPort.class.getName())
                .hasMessageNotContaining("<" + NamingViolations.class.getName() + ">");
    }

    @Test
    void rule6a_insecure_randomness() {
        fails(ArchitectureRules.noInsecureOrUnseededRandomness(VIOLATIONS_ROOT))
                .hasMessageContaining(AlphaServiceImpl.class.getName())
                .hasMessageContaining("java.util.Random")
                .hasMessageContaining("java.lang.Math.random()")
                .hasMessageContaining("java.util.UUID.randomUUID()")
                .hasMessageContaining(ClockDodger.class.getName())
                .hasMessageContaining("java.util.concurrent.ThreadLocalRandom")
                .hasMessageContaining("references method <java.util.UUID.randomUUID()>")
                // SecureRandom is the legal source
                .hasMessageNotContaining(AllowedUsages.class.getName());
    }

    @Test
    void rule6b_system_clock() {
        fails(ArchitectureRules.noSystemClock(VIOLATIONS_ROOT))
                .hasMessageContaining(AlphaServiceImpl.class.getName())
                .hasMessageContaining("java.time.Instant.now()")
                .hasMessageContaining(ClockDodger.class.getName())
                .hasMessageContaining("java.time.LocalDate.now()")
                .hasMessageContaining("java.time.LocalDateTime.now()")
                .hasMessageContaining("java.time.ZonedDateTime.now()")
                .hasMessageContaining("java.time.OffsetDateTime.now()")
                .hasMessageContaining("java.lang.System.currentTimeMillis()")
                .hasMessageContaining("java.time.LocalDate.now(java.time.ZoneId)")
                .hasMessageContaining("references method <java.time.Instant.now()>")
                // now(clock) is the legal form
                .hasMessageNotContaining("now(java.time.Clock)")
                .hasMessageNotContaining(AllowedUsages.class.getName());
    }

    @Test
    void rule7_package_without_null_marked_package_info() {
        fails(ArchitectureRules.everyPackageIsNullMarked(VIOLATIONS_ROOT))
                .hasMessageContaining(MissingPackageInfo.class.getName())
                .hasMessageContaining("Package <" + MissingPackageInfo.class.getPackageName() + "> has no package-info")
                .hasMessageContaining(NotNullMarked.class.getName())
                .hasMessageContaining("Package <" + NotNullMarked.class.getPackageName()
                        + "> has a package-info that is not annotated @NullMarked")
                .hasMessageNotContaining("Package <" + CycleAlpha.class.getPackageName() + ">")
                .hasMessageNotContaining("Package <" + VIOLATIONS_ROOT + ">");
    }

    @Test
    void rule8_domain_depends_on_internal_or_spi() {
        fails(ArchitectureRules.domainDoesNotDependOnInternalOrSpi(VIOLATIONS_ROOT))
                .hasMessageContaining(UsesAlphaInternal.class.getName())
                .hasMessageContaining(DomainUsesSpi.class.getName());
    }

    @Test
    void rule9_public_signature_names_an_internal_type() {
        fails(ArchitectureRules.noPublicSignatureNamesAnInternalType(VIOLATIONS_ROOT))
                .hasMessageContaining(TicketsApi.class.getName() + ".configure(")
                .hasMessageContaining("names an internal type " + AlphaServiceImpl.class.getName())
                // the root wiring's public API names published types only
                .hasMessageNotContaining(FakePortal.class.getName());
    }

    @Test
    void rule10_api_returns_an_aggregate() {
        fails(ArchitectureRules.apisReturnViewsNotAggregates(VIOLATIONS_ROOT))
                .hasMessageContaining(TicketsApi.class.getName() + ".issue(")
                .hasMessageContaining(TicketsApi.class.getName() + ".tickets()")
                .hasMessageContaining("a domain type with state-changing methods " + Ticket.class.getName())
                // a record value object may be named
                .hasMessageNotContaining(TicketsApi.class.getName() + ".lastNumber()")
                .hasMessageNotContaining("methods " + TicketNumber.class.getName());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> fails(ArchRule rule) {
        return assertThatThrownBy(() -> rule.check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.getDescription());
    }
}
