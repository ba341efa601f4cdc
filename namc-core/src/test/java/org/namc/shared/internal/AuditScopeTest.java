package org.namc.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

class AuditScopeTest {

    @ParameterizedTest(name = "{0} is redacted")
    @ValueSource(strings = {"password", "passwordHash", "newPassword", "totpSecret", "resetToken", "recoveryCode",
        "recoveryCodeHashes", "apiKey", "signingKey", "PASSWORD", "Secret", "cipherText"})
    void valuesOfSecretBearingFieldsAreRedacted(String field) {
        AuditScope scope = new AuditScope().changed(field, "old-sensitive-value", "new-sensitive-value");

        assertThat(scope.changes()).containsEntry(field, new Change("[redacted]", "[redacted]"));
        assertThat(scope.changes().toString()).doesNotContain("sensitive");
    }

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(strings = {"firstName", "email", "failedLoginAttempts", "lockedUntil", "membershipStatus", "tier"})
    void valuesOfOrdinaryFieldsAreKept(String field) {
        AuditScope scope = new AuditScope().changed(field, "before", "after");

        assertThat(scope.changes()).containsEntry(field, new Change("before", "after"));
    }

    @Test
    void valuesAreRecordedAsText() {
        AuditScope scope = new AuditScope().changed("failedLoginAttempts", 4, 5);

        assertThat(scope.changes()).containsEntry("failedLoginAttempts", new Change("4", "5"));
    }

    @Test
    void aMissingValueStaysMissingEvenForASecretField() {
        AuditScope scope = new AuditScope()
                .changed("lockedUntil", null, "2026-01-01T00:00:00Z")
                .changed("resetToken", "abc", null);

        assertThat(scope.changes()).containsEntry("lockedUntil", new Change(null, "2026-01-01T00:00:00Z"))
                .containsEntry("resetToken", new Change("[redacted]", null));
    }

    @Test
    void unchangedValuesAreNotRecorded() {
        AuditScope scope = new AuditScope()
                .changed("firstName", "Jane", "Jane")
                .changed("company", null, null)
                .changed("password", "same", "same")
                .changed("lastName", "Doe", "Smith");

        assertThat(scope.changes()).containsOnlyKeys("lastName");
    }

    @Test
    void changesKeepTheOrderTheyWereMadeIn() {
        AuditScope scope = new AuditScope().changed("b", 1, 2).changed("a", 1, 2).changed("c", 1, 2);

        assertThat(scope.changes().keySet()).containsExactly("b", "a", "c");
    }

    @Test
    void aSecretChangeIsRecordedWithoutEitherValue() {
        AuditScope scope = new AuditScope().changedSecret("twoFactorSecret");

        assertThat(scope.changes()).containsEntry("twoFactorSecret", new Change("[redacted]", "[redacted]"));
    }

    @Test
    void theResourceIsRecordedAsText() {
        MemberId id = new MemberId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));

        AuditScope scope = new AuditScope().resource(id);

        assertThat(scope.resourceId()).isEqualTo("0190a5e0-0000-7000-8000-000000000001");
    }

    @Test
    void aRefusalIsRemembered() {
        AuditScope scope = new AuditScope();
        assertThat(scope.refusal()).isNull();

        scope.refused(ErrorCode.INVALID_CREDENTIALS);

        assertThat(scope.refusal()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }
}
