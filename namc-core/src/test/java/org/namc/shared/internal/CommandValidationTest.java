package org.namc.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.Violations;

class CommandValidationTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record RenameCommand(@NotBlank @Size(max = 20) String name, @Size(max = 5) String nickname,
                         @PositiveOrZero int age, String email) {
    }

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Violations guards(RenameCommand command) {
        Violations guards = Violations.collect().notBlank(command.name(), "name", 20);
        guards.capture("email", () -> EmailAddress.of(command.email()));
        return guards;
    }

    private static FieldViolation only(NamcException e, String field) {
        return e.violations().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void aValidCommandPasses() {
        RenameCommand command = new RenameCommand("Jane", "JJ", 30, "jane@example.com");

        assertThatCode(() -> new CommandValidation(validator).validate(command, guards(command)))
                .doesNotThrowAnyException();
    }

    @Test
    void annotationViolationsAreMappedToFieldNamesAndTheSharedRuleNames() {
        RenameCommand command = new RenameCommand("Jane", "far too long", -1, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, Violations.collect()));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactlyInAnyOrder("nickname", "age");
        assertThat(only(e, "nickname").rule()).isEqualTo("max-length");
        assertThat(only(e, "age").rule()).isEqualTo("range");
    }

    @Test
    void aBlankNameIsReportedAsRequiredAsTheDomainGuardWould() {
        RenameCommand command = new RenameCommand(" ", null, 0, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, Violations.collect()));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.rule()).isEqualTo("required");
        });
    }

    @Test
    void aFieldReportedByBothAnnotationAndDomainGuardIsReportedOnce() {
        RenameCommand command = new RenameCommand("", null, 0, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, guards(command)));

        assertThat(e.violatedFields()).containsExactly("name");
        assertThat(e.violations().get(0).rule()).isEqualTo("required");
    }

    @Test
    void annotationAndGuardViolationsOnDifferentFieldsAreAllReported() {
        RenameCommand command = new RenameCommand("", "toolong", 0, "not-an-email");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, guards(command)));

        assertThat(e.violatedFields()).containsExactlyInAnyOrder("name", "nickname", "email");
        assertThat(only(e, "email").rule()).isEqualTo("format");
    }

    @Test
    void withoutAValidatorOnlyTheDomainGuardsCount() {
        RenameCommand command = new RenameCommand("", "far too long", -1, "not-an-email");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(null).validate(command, guards(command)));

        assertThat(e.violatedFields()).containsExactly("name", "email");
        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("required", "format");
    }

    @Test
    void withoutAValidatorACommandThatOnlyBreaksAnnotationsPasses() {
        RenameCommand command = new RenameCommand("Jane", "far too long", -1, "jane@example.com");

        assertThatCode(() -> new CommandValidation(null).validate(command, guards(command)))
                .doesNotThrowAnyException();
    }

    /** The rule names must not depend on whether the host gave the builder a Validator. */
    @Test
    void aRuleHasOneNameWithOrWithoutAValidator() {
        ProfileCommand command = new ProfileCommand(" ", "x".repeat(41), 0, List.of("a", "b", "c", "d"), "nope");
        Violations guards = Violations.collect()
                .notBlank(command.name(), "name", 40)
                .maxLength(command.title(), "title", 40)
                .check(command.seats() >= 1 && command.seats() <= 10, "seats", ViolationRule.RANGE, "must be 1 to 10")
                .maxSize(command.tags(), "tags", 3);
        guards.capture("email", () -> EmailAddress.of(command.email()));

        NamcException annotated = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, Violations.collect()));
        NamcException guarded = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(null).validate(command, guards));

        assertThat(rules(annotated)).isEqualTo(rules(guarded)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "required", "title", "max-length", "seats", "range", "tags", "max-size", "email", "format"));
    }

    @Test
    void aTooShortTextOrCollectionIsReportedAsSuch() {
        record Short(@Size(min = 3) String code, @Size(min = 2) List<String> items) {
        }

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(new Short("ab", List.of("x")), Violations.collect()));

        assertThat(rules(e)).containsExactlyInAnyOrderEntriesOf(Map.of("code", "min-length", "items", "min-size"));
    }

    @Test
    void everyConstraintTheCommandsUseHasASharedRule() {
        Set<String> used = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.namc").stream()
                .filter(JavaClass::isRecord)
                .flatMap(type -> Stream.concat(type.getFields().stream().flatMap(f -> f.getAnnotations().stream()),
                        type.getConstructors().stream().flatMap(c -> c.getParameters().stream())
                                .flatMap(p -> p.getAnnotations().stream())))
                .map(annotation -> annotation.getRawType())
                .filter(type -> type.getPackageName().equals("jakarta.validation.constraints"))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

        assertThat(used).isNotEmpty();
        Set<String> known = new java.util.HashSet<>(CommandValidation.RULE_OF_ANNOTATION.keySet());
        known.add("Size");
        assertThat(known).containsAll(used);
    }

    record ProfileCommand(@NotBlank @Size(max = 40) String name, @Size(max = 40) String title,
                          @Min(1) @Max(10) int seats, @Size(max = 3) List<String> tags, @Email String email) {
    }

    private static Map<String, String> rules(NamcException e) {
        return e.violations().stream().collect(Collectors.toMap(FieldViolation::field, FieldViolation::rule));
    }
}
