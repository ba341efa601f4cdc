package org.namc.shared.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Violations;

/**
 * Validates a command: first the Jakarta Validation annotations on the command record, when
 * the host supplied a {@link Validator}, then the domain guards, which always run. A field
 * reported by both is reported once.
 */
public final class CommandValidation {
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
                violations.addAll(List.of(new FieldViolation(field, ruleName(v), v.getMessage())));
            }
        }
        violations.addAll(domainGuards.list().stream().filter(v -> !reported.contains(v.field())).toList());
        violations.throwIfAny();
    }

    /** {@code NotBlank} becomes {@code not-blank}: the same style as the domain guards' rules. */
    private static String ruleName(ConstraintViolation<?> v) {
        String simple = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
