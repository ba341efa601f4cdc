package org.namc.shared.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of one input before failing, so a caller learns about all
 * of them at once. Value objects built inside {@link #capture} report under the caller's
 * field name.
 */
public final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    public static Violations collect() {
        return new Violations();
    }

    public Violations check(boolean ok, String field, String rule, String message) {
        if (!ok) {
            found.add(new FieldViolation(field, rule, message));
        }
        return this;
    }

    /** A violation of one of the shared rules, by its one name. */
    public Violations check(boolean ok, String field, ViolationRule rule, String message) {
        return check(ok, field, rule.code(), message);
    }

    public Violations required(@Nullable Object value, String field) {
        return check(value != null, field, ViolationRule.REQUIRED, "must be present");
    }

    public Violations notBlank(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            found.add(new FieldViolation(field, ViolationRule.REQUIRED, "must not be blank"));
        } else {
            maxLength(value, field, maxLength);
        }
        return this;
    }

    /**
     * Single-line text (a name, a title, a subject) must hold no control characters (CR, LF,
     * NUL, tabs and the rest of Unicode's Cc) and no bidirectional formatting characters, which
     * could forge log lines, split headers or make a name display as something else.
     */
    public Violations singleLine(@Nullable String value, String field) {
        return check(value == null || isSingleLine(value), field, "single-line",
                "must not contain line breaks, control or text-direction characters");
    }

    /** {@link #notBlank} and {@link #singleLine} together. */
    public Violations singleLineText(@Nullable String value, String field, int maxLength) {
        return notBlank(value, field, maxLength).singleLine(value, field);
    }

    public static boolean isSingleLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** U+061C, U+200E/F, U+202A..U+202E, U+2066..U+2069: marks, embeddings, overrides, isolates. */
    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    public Violations maxLength(@Nullable String value, String field, int maxLength) {
        return check(value == null || value.length() <= maxLength, field, ViolationRule.MAX_LENGTH,
                "must be at most " + maxLength + " characters");
    }

    public Violations maxSize(@Nullable Collection<?> values, String field, int maxSize) {
        return check(values == null || values.size() <= maxSize, field, ViolationRule.MAX_SIZE,
                "must hold at most " + maxSize + " entries");
    }

    /**
     * Builds a value with {@code factory}; a validation failure inside it is recorded under
     * {@code field} (nested fields keep their suffix) and {@code null} is returned.
     */
    public <T> @Nullable T capture(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (NamcException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            for (FieldViolation v : e.violations()) {
                found.add(new FieldViolation(prefixed(field, v.field()), v.rule(), v.message()));
            }
            return null;
        }
    }

    private static String prefixed(String field, String inner) {
        if (field.isEmpty()) {
            return inner;
        }
        if (inner.isEmpty() || inner.equals("value")) {
            return field;
        }
        return field + "." + inner;
    }

    public Violations addAll(Collection<FieldViolation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw NamcException.validation(found);
        }
    }
}
