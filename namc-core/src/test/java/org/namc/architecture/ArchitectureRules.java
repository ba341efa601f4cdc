package org.namc.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The architecture rules of {@code namc-core} (see {@code ARCHITECTURE.md}), as factories
 * parameterised by the root package. {@link ArchitectureTest} checks them on the main code
 * with root {@value #MAIN_ROOT}; {@link ArchitectureRulesBiteTest} checks the very same
 * definitions on a fake mini-project of deliberate violations, so each rule is shown to bite.
 *
 * <p>A feature is the first package segment below the root: {@code <root>.membership..} is
 * feature {@code membership}, {@code <root>.shared..} is the shared kernel. Classes directly
 * in the root package (the portal and its builder) belong to no feature. Nothing names a
 * feature explicitly, so the rules apply to every feature added later.
 */
public final class ArchitectureRules {

    public static final String MAIN_ROOT = "org.namc";
    public static final String SHARED = "shared";

    private ArchitectureRules() {
    }

    /** Every rule, so that both test classes cover the same set. */
    public static List<ArchRule> all(String root) {
        return List.of(
                onlyAllowedDependencies(root),
                featuresAreFreeOfCycles(root),
                sharedKernelDependsOnNoFeature(root),
                internalPackagesAreEncapsulated(root),
                spiPackagesHoldOnlyInterfaces(root),
                noForbiddenClassNameSuffixes(root),
                noInsecureOrUnseededRandomness(root),
                noSystemClock(root),
                everyPackageIsNullMarked(root),
                domainDoesNotDependOnInternalOrSpi(root),
                noPublicSignatureNamesAnInternalType(root),
                apisReturnViewsNotAggregates(root));
    }

    // 1. -------------------------------------------------------------------------------

    /** Core is embeddable: JDK, Jakarta Validation and JSpecify only. */
    public static ArchRule onlyAllowedDependencies(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "javax.security..",
                        "jakarta.validation..", "org.jspecify..", root + "..")
                .as("1. classes in " + root + ".. should only depend on the JDK (java.., javax.crypto.., "
                        + "javax.security..), jakarta.validation.., org.jspecify.. and " + root + "..")
                .because("the core is an embeddable library: no Hibernate, JPA, Stripe, mail, Spring, "
                        + "logging or adapter code");
    }

    // 2. -------------------------------------------------------------------------------

    /** Features may use each other one way (by id), never in a cycle. */
    public static ArchRule featuresAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .as("2a. features (" + root + ".(*)..) should be free of package cycles");
    }

    /** The shared kernel is used by every feature and so may use none of them, nor the root wiring. */
    public static ArchRule sharedKernelDependsOnNoFeature(String root) {
        String kernel = root + "." + SHARED + "..";
        return noClasses().that().resideInAPackage(kernel)
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(kernel)))
                        .as("reside in a feature or in the root package " + root))
                .as("2b. the shared kernel " + kernel + " should not depend on any feature nor on " + root
                        + " root classes");
    }

    // 3. -------------------------------------------------------------------------------

    /**
     * {@code <root>.X.internal..} is reached only from {@code <root>.X..} and from classes
     * directly in {@code <root>} (the builder wires it). The kernel's
     * {@code <root>.shared.internal..} is also open to every feature's internal package.
     */
    public static ArchRule internalPackagesAreEncapsulated(String root) {
        return classes().that().resideInAPackage(root + "..internal..")
                .should(onlyBeDependedOnByTheirFeatureOrTheRoot(root))
                .as("3. classes in " + root + ".<feature>.internal.. should only be used by " + root
                        + ".<feature>.. and by classes directly in " + root + " (" + root
                        + ".shared.internal.. also by any " + root + "..internal.. package)");
    }

    private static ArchCondition<JavaClass> onlyBeDependedOnByTheirFeatureOrTheRoot(String root) {
        return new ArchCondition<>("only be depended on by their own feature or the root package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String targetFeature = featureOf(target.getPackageName(), root);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    String originPackage = dependency.getOriginClass().getPackageName();
                    if (!mayUseInternalsOf(originPackage, targetFeature, root)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ", but " + originPackage + " is outside feature '" + targetFeature + "'"));
                    }
                }
            }
        };
    }

    private static boolean mayUseInternalsOf(String originPackage, @Nullable String targetFeature, String root) {
        if (originPackage.equals(root)) {
            return true;
        }
        String originFeature = featureOf(originPackage, root);
        if (originFeature == null) {
            return false;
        }
        if (originFeature.equals(targetFeature)) {
            return true;
        }
        return SHARED.equals(targetFeature) && isInternalPackage(originPackage, root);
    }

    /** The first segment below the root, or null for the root package itself and anything outside it. */
    static @Nullable String featureOf(String packageName, String root) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isInternalPackage(String packageName, String root) {
        return packageName.startsWith(root + ".")
                && (packageName.substring(root.length()) + ".").contains(".internal.");
    }

    // 4. -------------------------------------------------------------------------------

    /** Outbound ports are interfaces an adapter implements. */
    public static ArchRule spiPackagesHoldOnlyInterfaces(String root) {
        return classes().that().resideInAPackage(root + "..spi..")
                .and().doNotHaveSimpleName("package-info")
                .should().beInterfaces()
                .as("4. classes in " + root + "..spi.. should be interfaces");
    }

    // 5. -------------------------------------------------------------------------------

    private static final List<String> FORBIDDEN_SUFFIXES =
            List.of("Impl", "Manager", "Helper", "Util", "Utils", "Dao", "Port");

    /** Name things for the role they play. */
    public static ArchRule noForbiddenClassNameSuffixes(String root) {
        var should = noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith(FORBIDDEN_SUFFIXES.get(0));
        for (String suffix : FORBIDDEN_SUFFIXES.subList(1, FORBIDDEN_SUFFIXES.size())) {
            should = should.orShould().haveSimpleNameEndingWith(suffix);
        }
        return should.as("5. no class in " + root + ".. should have a simple name ending with "
                + String.join(", ", FORBIDDEN_SUFFIXES));
    }

    // 6. -------------------------------------------------------------------------------

    /** Randomness comes from SecureRandom, ids from the injected IdGenerator. */
    public static ArchRule noInsecureOrUnseededRandomness(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(belongToAnyOf(Random.class, ThreadLocalRandom.class, SplittableRandom.class)
                        .as("are java.util.Random, ThreadLocalRandom or SplittableRandom"))
                .orShould(callOrReference(
                        target(Math.class, "random").or(target(StrictMath.class, "random"))
                                .or(target(UUID.class, "randomUUID"))
                                .as("Math.random(), StrictMath.random() or UUID.randomUUID()")))
                .as("6a. no class in " + root + ".. should use java.util.Random (or ThreadLocalRandom, "
                        + "SplittableRandom), Math.random() or UUID.randomUUID()")
                .because("randomness must come from SecureRandom and ids from the injected IdGenerator");
    }

    private static final Set<String> DATE_TIME_TYPES = Set.of(
            Instant.class.getName(), LocalDate.class.getName(), LocalDateTime.class.getName(),
            LocalTime.class.getName(), ZonedDateTime.class.getName(), OffsetDateTime.class.getName(),
            OffsetTime.class.getName(), Year.class.getName(), YearMonth.class.getName(),
            MonthDay.class.getName());

    /** Time comes from the injected Clock: {@code X.now(clock)} is fine, {@code X.now()} is not. */
    public static ArchRule noSystemClock(String root) {
        DescribedPredicate<JavaCodeUnitAccess<?>> nowWithoutClock = DescribedPredicate.describe(
                "java.time *.now() without a Clock argument",
                access -> DATE_TIME_TYPES.contains(access.getTargetOwner().getName())
                        && access.getTarget().getName().equals("now")
                        && !takesOnlyAClock(access));
        return noClasses().that().resideInAPackage(root + "..")
                .should(callOrReference(nowWithoutClock
                        .or(target(System.class, "currentTimeMillis"))
                        .or(target(Clock.class, "systemUTC"))
                        .or(target(Clock.class, "systemDefaultZone"))
                        .or(target(Clock.class, "system"))
                        .as("Instant/LocalDate/LocalDateTime/ZonedDateTime/OffsetDateTime/... .now() without a Clock, "
                                + "System.currentTimeMillis() or Clock.system*()")))
                .as("6b. no class in " + root + ".. should read the system clock (X.now(), "
                        + "System.currentTimeMillis(), Clock.systemUTC() ...)")
                .because("time comes from the Clock injected through the builder");
    }

    private static boolean takesOnlyAClock(JavaCodeUnitAccess<?> access) {
        List<JavaClass> parameters = access.getTarget().getRawParameterTypes();
        return parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class);
    }

    private static DescribedPredicate<JavaCodeUnitAccess<?>> target(Class<?> owner, String methodName) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + methodName + "()",
                access -> access.getTargetOwner().isEquivalentTo(owner)
                        && access.getTarget().getName().equals(methodName));
    }

    /**
     * Calls and method references ({@code Instant::now}) alike; {@code callMethod(..)} sees calls only.
     * A positive condition, meant for {@code noClasses().should(..)}: ArchUnit inverts its events,
     * so every matching access is reported as a violation.
     */
    private static ArchCondition<JavaClass> callOrReference(DescribedPredicate<JavaCodeUnitAccess<?>> forbidden) {
        return new ArchCondition<>("call or reference " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : javaClass.getCodeUnitAccessesFromSelf()) {
                    if (forbidden.test(access)) {
                        events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
                    }
                }
            }
        };
    }

    // 7. -------------------------------------------------------------------------------

    /** Every package holding classes has a package-info annotated {@code @NullMarked}. */
    public static ArchRule everyPackageIsNullMarked(String root) {
        return ArchRuleDefinition.all(packagesWithClassesIn(root))
                .should(beNullMarked())
                .as("7. every package in " + root + ".. should have a package-info annotated @"
                        + NullMarked.class.getName());
    }

    private static ClassesTransformer<JavaPackage> packagesWithClassesIn(String root) {
        return new AbstractClassesTransformer<>("packages with classes in " + root + "..") {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                Set<JavaPackage> packages = new TreeSet<>(Comparator.comparing(JavaPackage::getName));
                for (JavaClass javaClass : classes) {
                    String name = javaClass.getPackageName();
                    if ((name.equals(root) || name.startsWith(root + "."))
                            && !javaClass.getSimpleName().equals("package-info")) {
                        packages.add(javaClass.getPackage());
                    }
                }
                return packages;
            }
        };
    }

    private static ArchCondition<JavaPackage> beNullMarked() {
        return new ArchCondition<>("have a package-info annotated @NullMarked") {
            @Override
            public void check(JavaPackage javaPackage, ConditionEvents events) {
                boolean hasPackageInfo = javaPackage.tryGetPackageInfo().isPresent();
                if (hasPackageInfo && javaPackage.isAnnotatedWith(NullMarked.class)) {
                    return;
                }
                String classes = javaPackage.getClasses().stream()
                        .map(JavaClass::getName)
                        .filter(name -> !name.endsWith(".package-info"))
                        .sorted()
                        .collect(Collectors.joining(", "));
                events.add(SimpleConditionEvent.violated(javaPackage, "Package <" + javaPackage.getName() + "> "
                        + (hasPackageInfo ? "has a package-info that is not annotated @NullMarked"
                                : "has no package-info")
                        + " (classes: " + classes + ")"));
            }
        };
    }

    // 8. -------------------------------------------------------------------------------

    /** The domain model is the centre: it knows neither use-case code nor the ports. */
    public static ArchRule domainDoesNotDependOnInternalOrSpi(String root) {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..internal..", root + "..spi..")
                .as("8. classes in " + root + "..domain.. should not depend on any " + root
                        + "..internal.. or " + root + "..spi.. package");
    }

    // 9. -------------------------------------------------------------------------------

    /**
     * What a host can call or implement never names an internal type: public members of public
     * classes outside {@code ..internal..} (the builder's setters included) take and return
     * published types only, so settings and results live in the feature packages.
     */
    public static ArchRule noPublicSignatureNamesAnInternalType(String root) {
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "..internal..")
                .and().arePublic()
                .should(namePublicly(type -> type.getPackageName().startsWith(root + ".")
                        && (type.getPackageName() + ".").contains(".internal."), "an internal type"))
                .as("9. no public signature of a public class outside " + root + "..internal.. should name a type "
                        + "in an internal package");
    }

    // 10. ------------------------------------------------------------------------------

    /**
     * A feature's API returns views built for readers: no {@code *Api} method names a domain
     * type with state-changing methods: a type of {@code ..domain..} with a public transition,
     * a method returning a changed copy of itself as of an instant ({@code Registration.paid(.., now)}).
     * Value objects that derive copies without a clock ({@code Money.plus}, {@code Page.map}) stay legal.
     */
    public static ArchRule apisReturnViewsNotAggregates(String root) {
        return classes().that().resideInAPackage(root + "..").and().areInterfaces()
                .and().haveSimpleNameEndingWith("Api")
                .should(namePublicly(type -> type.getPackageName().startsWith(root + ".")
                        && (type.getPackageName() + ".").contains(".domain.") && changesState(type),
                        "a domain type with state-changing methods"))
                .as("10. no " + root + "..*Api signature should name a " + root
                        + "..domain.. type with state-changing methods");
    }

    private static boolean changesState(JavaClass type) {
        return !type.isEnum() && !type.isInterface()
                && type.getMethods().stream().anyMatch(method -> method.getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getModifiers().contains(JavaModifier.STATIC)
                && method.getRawReturnType().equals(type)
                && method.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Instant.class)));
    }

    /** Fails for each public member whose return, parameter or field type (generics included) is {@code forbidden}. */
    private static ArchCondition<JavaClass> namePublicly(java.util.function.Predicate<JavaClass> forbidden,
                                                       String what) {
        return new ArchCondition<>("name " + what + " in a public signature") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMember member : javaClass.getMembers()) {
                    if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                        continue;
                    }
                    for (JavaClass named : signatureTypes(member)) {
                        if (forbidden.test(named)) {
                            events.add(SimpleConditionEvent.violated(member, member.getFullName() + " names "
                                    + what + " " + named.getName()));
                        }
                    }
                }
            }
        };
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new java.util.HashSet<>();
        if (member instanceof JavaCodeUnit unit) {
            types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(parameter -> types.addAll(parameter.getAllInvolvedRawTypes()));
        } else if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        }
        return types;
    }
}
