package org.namc.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;
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
    void annotationViolationsAreMappedToFieldNamesAndKebabCaseRuleNames() {
        RenameCommand command = new RenameCommand("Jane", "far too long", -1, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, Violations.collect()));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactlyInAnyOrder("nickname", "age");
        assertThat(only(e, "nickname").rule()).isEqualTo("size");
        assertThat(only(e, "age").rule()).isEqualTo("positive-or-zero");
    }

    @Test
    void aBlankNameIsReportedAsNotBlank() {
        RenameCommand command = new RenameCommand(" ", null, 0, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, Violations.collect()));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.rule()).isEqualTo("not-blank");
        });
    }

    @Test
    void aFieldReportedByBothAnnotationAndDomainGuardIsReportedOnce() {
        RenameCommand command = new RenameCommand("", null, 0, "jane@example.com");

        NamcException e = catchThrowableOfType(NamcException.class,
                () -> new CommandValidation(validator).validate(command, guards(command)));

        assertThat(e.violatedFields()).containsExactly("name");
        assertThat(e.violations().get(0).rule()).isEqualTo("not-blank");
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
}
