package org.namc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

class AuditClassificationTest {
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));

    private static AuditRecord record(String action, String resource, Outcome outcome, @Nullable ErrorCode error) {
        return new AuditRecord(Instant.EPOCH, Actor.member(MARIA), action, resource, "r-1", outcome, error, Map.of());
    }

    @ParameterizedTest
    @CsvSource({
            "member.login, member, SECURITY", "member.password.change, member, SECURITY",
            "member.two-factor.disable, member, SECURITY", "role.grant, role, ACCESS",
            "member.impersonate, member, ACCESS", "event.registration.confirm-payment, event, FINANCIAL",
            "invoice.issue, invoice, FINANCIAL", "message.moderation.hide, message, MODERATION",
            "audit.archive, audit, AUDIT", "event.create, event, DATA", "member.delete, member, DATA"})
    void categoryFollowsTheActionAndResource(String action, String resource, AuditCategory expected) {
        assertThat(AuditClassification.categoryOf(record(action, resource, Outcome.SUCCESS, null))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"FORBIDDEN, WARNING", "INVALID_CREDENTIALS, WARNING", "ACCOUNT_LOCKED, WARNING",
            "SECRET_UNREADABLE, CRITICAL", "VALIDATION_FAILED, INFO", "NOT_FOUND, INFO", "ILLEGAL_STATE, INFO"})
    void refusalsAreGradedByWhatTheySuggest(ErrorCode error, Severity expected) {
        assertThat(AuditClassification.severityOf(record("event.create", "event", Outcome.FAILURE, error)))
                .isEqualTo(expected);
    }

    @Test
    void anUnexpectedFailureIsAnErrorAndSuccessIsInformation() {
        assertThat(AuditClassification.severityOf(record("event.create", "event", Outcome.FAILURE, null)))
                .isEqualTo(Severity.ERROR);
        assertThat(AuditClassification.severityOf(record("event.create", "event", Outcome.SUCCESS, null)))
                .isEqualTo(Severity.INFO);
        assertThat(AuditClassification.severityOf(record("member.impersonate", "member", Outcome.SUCCESS, null)))
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void complianceRelevanceCoversSecurityMoneyAccessModerationDeletionAndImpersonation() {
        assertThat(AuditClassification.isComplianceRelevant(record("member.login", "member", Outcome.FAILURE,
                ErrorCode.INVALID_CREDENTIALS))).isTrue();
        assertThat(AuditClassification.isComplianceRelevant(record("member.delete", "member", Outcome.SUCCESS, null)))
                .isTrue();
        assertThat(AuditClassification.isComplianceRelevant(record("event.create", "event", Outcome.SUCCESS, null)))
                .isFalse();
        AuditRecord impersonated = new AuditRecord(Instant.EPOCH, Actor.member(MARIA).impersonatedBy(
                new MemberId(new UUID(7, 2))), "event.create", "event", "e-1", Outcome.SUCCESS, null, Map.of());
        assertThat(AuditClassification.isComplianceRelevant(impersonated)).isTrue();
    }
}
