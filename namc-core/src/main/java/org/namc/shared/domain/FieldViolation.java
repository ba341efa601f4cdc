package org.namc.shared.domain;

import java.util.Objects;

/**
 * One broken rule on one input field.
 *
 * @param field   the field's path in the command, e.g. {@code address.postalCode}
 * @param rule    a stable rule name: one of the shared {@link ViolationRule}s ({@code required},
 *                {@code max-length}, {@code range}, {@code format} ...) or one a single input names
 * @param message a human-readable explanation that never contains the rejected value
 */
public record FieldViolation(String field, String rule, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public FieldViolation(String field, ViolationRule rule, String message) {
        this(field, rule.code(), message);
    }

    @Override
    public String toString() {
        return field + " [" + rule + "]: " + message;
    }
}
