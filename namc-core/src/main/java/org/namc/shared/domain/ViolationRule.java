package org.namc.shared.domain;

/**
 * The rules every feature shares, one name each, whether a Jakarta {@code Validator} or a
 * domain guard found the violation: {@code @NotBlank} and {@link Violations#notBlank} both
 * report {@code required}, {@code @Min} and a guard on a bound both report {@code range}.
 * Rules only one input has ({@code same-currency}, {@code acyclic}) are named at their guard.
 */
public enum ViolationRule {
    REQUIRED("required", "The field is missing, blank, or an empty collection."),
    MAX_LENGTH("max-length", "The text is longer than allowed."),
    MIN_LENGTH("min-length", "The text is shorter than allowed."),
    MAX_SIZE("max-size", "The collection holds more entries than allowed."),
    MIN_SIZE("min-size", "The collection holds fewer entries than needed."),
    RANGE("range", "The number lies outside its allowed bounds (minimum, maximum, positive, not negative)."),
    FORMAT("format", "The text is not in the expected form (an email address, a URL, a phone number, a code).");

    private final String code;
    private final String meaning;

    ViolationRule(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The name a {@link FieldViolation} carries. */
    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
