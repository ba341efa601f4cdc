package org.namc.shared.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +14155550123}). Input may carry spaces, dots, dashes
 * and parentheses; a national number without a country code is read as North American
 * (the association's region): ten digits, or eleven starting with 1.
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw NamcException.invalid("value", "e164", "must be a phone number with 8 to 15 digits");
        }
    }

    public static PhoneNumber parse(String raw) {
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+")) {
            return new PhoneNumber(digits);
        }
        if (digits.startsWith("00")) {
            return new PhoneNumber("+" + digits.substring(2));
        }
        if (digits.length() == 10) {
            return new PhoneNumber("+1" + digits);
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return new PhoneNumber("+" + digits);
        }
        throw NamcException.invalid("value", "e164", "must be a phone number with a country code or 10 North American digits");
    }

    @Override
    public String toString() {
        return e164;
    }
}
