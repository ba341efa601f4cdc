package org.namc.audit.domain;

import java.util.Set;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;

/**
 * Derives category, severity and compliance relevance of an entry from what the use case
 * reported, so that no use case has to classify itself and the rules live in one place.
 *
 * <p><b>Category</b> from the action and resource type: {@code member.login*}, {@code *.password*},
 * {@code *.two-factor*}, {@code *.secrets*}, {@code member.verify-email}, {@code member.unlock} are
 * SECURITY; resource {@code role} and {@code member.impersonate} are ACCESS; resources
 * {@code invoice, payment, refund, subscription, tier} and actions naming {@code payment} or
 * {@code complimentary} (free membership granted by staff) are
 * FINANCIAL; actions containing {@code .moderation} are MODERATION; resource {@code audit} is
 * AUDIT; the rest is DATA.
 *
 * <p><b>Severity</b>: a failure that carries no error code (an unexpected exception) is ERROR;
 * {@code SECRET_UNREADABLE} (wrong key or tampered ciphertext) is CRITICAL; refusals that point at
 * an attacker or a misused account ({@code FORBIDDEN}, {@code INVALID_CREDENTIALS},
 * {@code ACCOUNT_LOCKED}, {@code INVALID_SECOND_FACTOR}, {@code SECOND_FACTOR_LOCKED},
 * {@code INVALID_TOKEN}, {@code TOO_MANY_ATTEMPTS}) are WARNING; other refusals (invalid input, not found, conflicts,
 * illegal transitions) are INFO. A success is INFO, except the start of an impersonation (WARNING).
 *
 * <p><b>Compliance relevant</b>: SECURITY, ACCESS, FINANCIAL, MODERATION and AUDIT entries, the
 * deletion of a member (data protection), and anything done while impersonated. Archival keeps
 * these entries in the live trail for good.
 */
public final class AuditClassification {
    private static final Set<String> FINANCIAL_RESOURCES = Set.of("invoice", "payment", "refund", "subscription", "tier");
    private static final Set<ErrorCode> SECURITY_REFUSALS = Set.of(ErrorCode.FORBIDDEN, ErrorCode.INVALID_CREDENTIALS,
            ErrorCode.ACCOUNT_LOCKED, ErrorCode.INVALID_SECOND_FACTOR, ErrorCode.SECOND_FACTOR_LOCKED,
            ErrorCode.INVALID_TOKEN, ErrorCode.TOO_MANY_ATTEMPTS);

    private AuditClassification() {
    }

    public static AuditCategory categoryOf(AuditRecord record) {
        String action = record.action();
        String resource = record.resourceType();
        if (action.startsWith("member.login") || action.contains(".password") || action.contains(".two-factor")
                || action.contains(".secrets") || action.equals("member.verify-email") || action.equals("member.unlock")) {
            return AuditCategory.SECURITY;
        }
        if (resource.equals("role") || action.equals("member.impersonate")) {
            return AuditCategory.ACCESS;
        }
        if (FINANCIAL_RESOURCES.contains(resource) || action.contains("payment") || action.contains("complimentary")) {
            return AuditCategory.FINANCIAL;
        }
        if (action.contains(".moderation")) {
            return AuditCategory.MODERATION;
        }
        if (resource.equals("audit")) {
            return AuditCategory.AUDIT;
        }
        return AuditCategory.DATA;
    }

    public static Severity severityOf(AuditRecord record) {
        if (record.outcome() == Outcome.SUCCESS) {
            return record.action().equals("member.impersonate") ? Severity.WARNING : Severity.INFO;
        }
        ErrorCode error = record.error();
        if (error == null) {
            return Severity.ERROR;
        }
        if (error == ErrorCode.SECRET_UNREADABLE) {
            return Severity.CRITICAL;
        }
        return SECURITY_REFUSALS.contains(error) ? Severity.WARNING : Severity.INFO;
    }

    public static boolean isComplianceRelevant(AuditRecord record) {
        return categoryOf(record) != AuditCategory.DATA || record.action().equals("member.delete")
                || record.actor().impersonatedBy() != null;
    }
}
