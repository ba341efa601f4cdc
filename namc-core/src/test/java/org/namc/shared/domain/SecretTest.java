package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
    private static final String VALUE = "hunter2-Correct-Horse";

    record LogInCommand(String email, Secret password) {
    }

    record Nested(LogInCommand command, List<Secret> codes, Map<String, Secret> byName) {
    }

    @Test
    void toStringNeverRevealsTheValue() {
        Secret secret = Secret.of(VALUE);

        assertThat(secret.toString()).doesNotContain(VALUE).doesNotContain("hunter2");
        assertThat(String.valueOf(secret)).isEqualTo("Secret[redacted]");
        assertThat("password=" + secret).doesNotContain(VALUE);
    }

    @Test
    void aRecordHoldingASecretDoesNotRevealItInToString() {
        LogInCommand command = new LogInCommand("jane@example.com", Secret.of(VALUE));

        assertThat(command.toString()).contains("jane@example.com").doesNotContain(VALUE);
    }

    @Test
    void secretsNestedInRecordsAndCollectionsStayHidden() {
        Nested nested = new Nested(new LogInCommand("a@b.co", Secret.of(VALUE)),
                List.of(Secret.of("123456"), Secret.of(VALUE)), Map.of("totp", Secret.of("654321")));

        assertThat(nested.toString()).doesNotContain(VALUE).doesNotContain("123456").doesNotContain("654321");
    }

    @Test
    void anExceptionMessageBuiltFromACommandDoesNotRevealTheSecret() {
        LogInCommand command = new LogInCommand("jane@example.com", Secret.of(VALUE));

        NamcException e = NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "cannot handle " + command);

        assertThat(e.getMessage()).doesNotContain(VALUE);
    }

    @Test
    void revealGivesThePlainValueWhereItIsNeeded() {
        Secret secret = Secret.of(VALUE);

        assertThat(secret.reveal()).isEqualTo(VALUE);
        assertThat(secret.length()).isEqualTo(VALUE.length());
        assertThat(secret.isBlank()).isFalse();
        assertThat(Secret.of("   ").isBlank()).isTrue();
    }

    @Test
    void secretsWithTheSameValueMatchAndAreEqual() {
        assertThat(Secret.of(VALUE).matches(Secret.of(VALUE))).isTrue();
        assertThat(Secret.of(VALUE)).isEqualTo(Secret.of(VALUE));
        assertThat(Secret.of(VALUE).matches(Secret.of(VALUE + "x"))).isFalse();
        assertThat(Secret.of(VALUE)).isNotEqualTo(Secret.of("other"));
        assertThat(Secret.of(VALUE)).isNotEqualTo(VALUE);
    }

    @Test
    void theHashCodeTellsNothingAboutTheValue() {
        assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("something else entirely").hashCode());
    }

    @Test
    void encryptedSecretsShowOnlyTheirLength() {
        EncryptedSecret encrypted = new EncryptedSecret("v1:abcdefghijkl");

        assertThat(encrypted.toString()).doesNotContain("abcdefghijkl").contains("15");
    }

    @Test
    void secretContextsWithShiftedSeparatorsNeverShareAssociatedData() {
        SecretContext a = new SecretContext("a|b", "c", "d");
        SecretContext b = new SecretContext("a", "b|c", "d");

        assertThat(a.associatedData()).isNotEqualTo(b.associatedData());
    }
}
