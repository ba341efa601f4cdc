package org.namc.notifications.templates;

import java.util.List;
import java.util.Locale;
import org.namc.notifications.domain.NotificationType;

/**
 * The messages this module ships templates for, in English and Spanish: every message the core
 * sends. Each names the variables its sender supplies; those in {@code optional} may be left out
 * (their sentence is dropped). {@code actionUrl} is the message's main link.
 */
public enum MessageCatalog {
    VERIFICATION(NotificationType.SECURITY, List.of("firstName", "email", "expiresAt", "actionUrl"), List.of()),
    PASSWORD_RESET(NotificationType.SECURITY, List.of("firstName", "expiresAt", "actionUrl"), List.of()),
    SECURITY_ALERT(NotificationType.SECURITY, List.of("firstName", "event", "occurredAt", "actionUrl"),
            List.of("device")),
    SECOND_FACTOR_CHANGE(NotificationType.SECURITY, List.of("firstName", "change", "occurredAt", "actionUrl"),
            List.of()),
    PAYMENT_FAILED(NotificationType.PAYMENT, List.of("firstName", "invoiceNumber", "amount", "reason", "actionUrl"),
            List.of("nextAttemptAt")),
    PAYMENT_RECOVERED(NotificationType.PAYMENT, List.of("firstName", "invoiceNumber", "amount", "actionUrl"),
            List.of()),
    RECEIPT(NotificationType.PAYMENT, List.of("firstName", "invoiceNumber", "amount", "paidAt", "actionUrl"),
            List.of("lines")),
    RENEWAL_REMINDER(NotificationType.MEMBERSHIP, List.of("firstName", "tierName", "renewsOn", "amount",
            "actionUrl"), List.of()),
    WAITLIST_OFFER(NotificationType.EVENT, List.of("firstName", "eventTitle", "holdExpiresAt", "actionUrl"),
            List.of()),
    EVENT_REMINDER(NotificationType.EVENT, List.of("firstName", "eventTitle", "startsAt", "actionUrl"),
            List.of("location")),
    APPLICATION_STATUS(NotificationType.APPLICATION, List.of("firstName", "projectTitle", "status", "actionUrl"),
            List.of("note")),
    CERTIFICATE_ISSUED(NotificationType.COURSE, List.of("firstName", "courseTitle", "certificateNumber",
            "actionUrl"), List.of()),
    DIGEST(NotificationType.SYSTEM, List.of("firstName", "count", "category", "actionUrl"), List.of("alerts"));

    public static final List<String> LOCALES = List.of("en", "es");

    private final NotificationType type;
    private final List<String> required;
    private final List<String> optional;

    MessageCatalog(NotificationType type, List<String> required, List<String> optional) {
        this.type = type;
        this.required = required;
        this.optional = optional;
    }

    /** The template name: {@code password-reset}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public NotificationType type() {
        return type;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }
}
