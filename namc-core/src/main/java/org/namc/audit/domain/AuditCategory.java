package org.namc.audit.domain;

import java.util.Locale;

/** What kind of change an entry records; the seed's free-text {@code category}, as a closed set. */
public enum AuditCategory {
    /** Logins, passwords, second factors, verification, stored secrets. */
    SECURITY,
    /** Roles, grants and impersonation. */
    ACCESS,
    /** Money: invoices, payments, refunds, subscriptions, tiers, event payments. */
    FINANCIAL,
    /** Moderators hiding or restoring content. */
    MODERATION,
    /** The audit trail itself (archival). */
    AUDIT,
    /** Everything else: records created, changed or deleted. */
    DATA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
