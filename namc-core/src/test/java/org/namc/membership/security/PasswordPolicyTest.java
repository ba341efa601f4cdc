package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Secret;

class PasswordPolicyTest {
    private static final EmailAddress EMAIL = EmailAddress.of("Jane.Builder-2024@Example.org");

    private final PasswordPolicy policy = new PasswordPolicy();

    private List<FieldViolation> check(String password) {
        return policy.check(Secret.of(password), EMAIL);
    }

    private static List<String> rules(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::rule).toList();
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(check("tangerine ladder quietly 42")).isEmpty();
    }

    @Test
    void lengthBoundariesCountCodePoints() {
        assertThat(rules(check("x7Kq!x7Kq!z"))).containsExactly("length");        // 11
        assertThat(check("x7Kq!x7Kq!zp")).isEmpty();                               // 12
        assertThat(check("x7Kq!".repeat(25) + "abc")).isEmpty();                   // 128
        assertThat(rules(check("x7Kq!".repeat(25) + "abcd"))).containsExactly("length"); // 129
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceEach() {
        String elevenEmoji = "🔑".repeat(11); // 22 UTF-16 chars, 11 code points
        String twelveEmoji = "🔑".repeat(12);
        String max = "🔑".repeat(128);        // 256 UTF-16 chars

        assertThat(rules(check(elevenEmoji))).containsExactly("length");
        assertThat(check(twelveEmoji)).isEmpty();
        assertThat(check(max)).isEmpty();
        assertThat(rules(check(max + "🔑"))).containsExactly("length");
    }

    @Test
    void theViolationNamesFieldRuleAndLimits() {
        FieldViolation violation = check("short").get(0);

        assertThat(violation.field()).isEqualTo("password");
        assertThat(violation.rule()).isEqualTo("length");
        assertThat(violation.message()).contains("12").contains("128");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane.builder-2024@example.org",
        "JANE.BUILDER-2024@EXAMPLE.ORG",
        "Jane.Builder-2024@Example.org",
        "jane.builder-2024",
        "JANE.BUILDER-2024",
        "jAnE.bUiLdEr-2024"
    })
    void theEmailOrItsLocalPartIsRejectedInAnyCase(String password) {
        assertThat(rules(check(password))).containsExactly("not-email");
    }

    @Test
    void aPasswordThatMerelyContainsTheLocalPartIsAllowed() {
        assertThat(check("jane.builder-2024 builds bridges")).isEmpty();
    }

    @Test
    void aShortLocalPartIsReportedTwice() {
        EmailAddress shortEmail = EmailAddress.of("al@example.org");

        assertThat(rules(policy.check(Secret.of("AL"), shortEmail))).containsExactly("length", "not-email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "QWERTYUIOP12", "123456789012", "iloveyou1234",
        "construction"})
    void commonPasswordsAreRejectedInAnyCase(String password) {
        assertThat(rules(check(password))).containsExactly("common");
    }

    @Test
    void messagesNeverContainThePassword() {
        for (String password : List.of("password1234", "jane.builder-2024", "tiny")) {
            assertThat(check(password)).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.toString()).doesNotContainIgnoringCase(password));
        }
    }
}
