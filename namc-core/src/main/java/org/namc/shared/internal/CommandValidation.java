package org.namc.shared.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.ViolationRule;
import org.namc.shared.domain.Violations;

/**
 * Validates a command: first the Jakarta Validation annotations on the command record, when
 * the host supplied a {@link Validator}, then the domain guards, which always run. A field
 * reported by both is reported once. Annotations report in the domain guards' vocabulary
 * ({@link ViolationRule}), so a rule's name does not depend on whether a validator was given.
 */
public final class CommandValidation {
    /** The rule each constraint annotation the commands use stands for; {@code @Size} depends on its target. */
    static final Map<String, ViolationRule> RULE_OF_ANNOTATION = Map.ofEntries(
            Map.entry("NotNull", ViolationRule.REQUIRED),
            Map.entry("NotBlank", ViolationRule.REQUIRED),
            Map.entry("NotEmpty", ViolationRule.REQUIRED),
            Map.entry("Min", ViolationRule.RANGE),
            Map.entry("Max", ViolationRule.RANGE),
            Map.entry("DecimalMin", ViolationRule.RANGE),
            Map.entry("DecimalMax", ViolationRule.RANGE),
            Map.entry("Positive", ViolationRule.RANGE),
            Map.entry("PositiveOrZero", ViolationRule.RANGE),
            Map.entry("Negative", ViolationRule.RANGE),
            Map.entry("NegativeOrZero", ViolationRule.RANGE),
            Map.entry("Email", ViolationRule.FORMAT),
            Map.entry("Pattern", ViolationRule.FORMAT));

    private final @Nullable Validator validator;

    public CommandValidation(@Nullable Validator validator) {
        this.validator = validator;
    }

    public void validate(Object command, Violations domainGuards) {
        Violations violations = Violations.collect();
        Set<String> reported = new HashSet<>();
        if (validator != null) {
            for (ConstraintViolation<Object> v : validator.validate(command)) {
                String field = v.getPropertyPath().toString();
                reported.add(field);
                violations.addAll(List.of(new FieldViolation(field, ruleOf(v), v.getMessage())));
            }
        }
        violations.addAll(domainGuards.list().stream().filter(v -> !reported.contains(v.field())).toList());
        violations.throwIfAny();
    }

    /** A constraint outside the vocabulary is a programming error in a command, not the caller's. */
    static ViolationRule ruleOf(ConstraintViolation<?> v) {
        ConstraintDescriptor<?> constraint = v.getConstraintDescriptor();
        String name = constraint.getAnnotation().annotationType().getSimpleName();
        if (name.equals("Size")) {
            return sizeRule(v.getInvalidValue(), constraint.getAttributes().get("min"));
        }
        ViolationRule rule = RULE_OF_ANNOTATION.get(name);
        if (rule == null) {
            throw new IllegalStateException("@" + name + " has no rule in the shared vocabulary; add it to "
                    + "CommandValidation.RULE_OF_ANNOTATION");
        }
        return rule;
    }

    private static ViolationRule sizeRule(@Nullable Object value, @Nullable Object min) {
        int length = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> values ? values.size()
                : value instanceof Map<?, ?> entries ? entries.size() : -1;
        boolean tooShort = min instanceof Integer least && length >= 0 && length < least;
        if (value instanceof CharSequence) {
            return tooShort ? ViolationRule.MIN_LENGTH : ViolationRule.MAX_LENGTH;
        }
        return tooShort ? ViolationRule.MIN_SIZE : ViolationRule.MAX_SIZE;
    }
}
