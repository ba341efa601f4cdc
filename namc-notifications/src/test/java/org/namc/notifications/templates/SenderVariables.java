package org.namc.notifications.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables each message's sender supplies, shaped like the sender's own data: the
 * membership tokens (verification, reset) with their expiry, billing's notices (invoice number,
 * amount in the member's currency, the gateway's reason, the next attempt), events'
 * registrations, learning's certificates, and a digest's alerts.
 */
final class SenderVariables {
    private SenderVariables() {
    }

    static Map<String, Object> of(MessageCatalog message) {
        Map<String, Object> v = new HashMap<>();
        v.put("firstName", "Ana");
        v.put("actionUrl", "https://portal.example/" + message.templateName() + "?t=abc");
        switch (message) {
            case VERIFICATION -> {
                v.put("email", "ana@example.com");
                v.put("expiresAt", "Tue 8 Dec 2026, 18:00 PST");
            }
            case PASSWORD_RESET -> v.put("expiresAt", "Tue 8 Dec 2026, 18:00 PST");
            case SECURITY_ALERT -> {
                v.put("event", "new sign-in");
                v.put("occurredAt", "Tue 8 Dec 2026, 09:12 PST");
                v.put("device", "Firefox on Linux");
            }
            case SECOND_FACTOR_CHANGE -> {
                v.put("change", "turned off");
                v.put("occurredAt", "Tue 8 Dec 2026, 09:12 PST");
            }
            case PAYMENT_FAILED -> {
                v.put("invoiceNumber", "INV-2026-000123");
                v.put("amount", "USD 450.00");
                v.put("reason", "card declined");
                v.put("nextAttemptAt", "Fri 11 Dec 2026");
            }
            case PAYMENT_RECOVERED -> {
                v.put("invoiceNumber", "INV-2026-000123");
                v.put("amount", "USD 450.00");
            }
            case RECEIPT -> {
                v.put("invoiceNumber", "INV-2026-000123");
                v.put("amount", "USD 450.00");
                v.put("paidAt", "8 Dec 2026");
                v.put("lines", List.of(Map.of("description", "Annual membership", "amount", "USD 450.00")));
            }
            case RENEWAL_REMINDER -> {
                v.put("tierName", "Contractor");
                v.put("renewsOn", "1 Jan 2027");
                v.put("amount", "USD 450.00");
            }
            case WAITLIST_OFFER -> {
                v.put("eventTitle", "Bid Day 2027");
                v.put("holdExpiresAt", "Thu 10 Dec 2026, 17:00 PST");
            }
            case EVENT_REMINDER -> {
                v.put("eventTitle", "Bid Day 2027");
                v.put("startsAt", "Wed 13 Jan 2027, 09:00 PST");
                v.put("location", "Oakland Marriott");
            }
            case APPLICATION_STATUS -> {
                v.put("projectTitle", "Oakland school roofing");
                v.put("status", "shortlisted");
                v.put("note", "Site walk on Monday");
            }
            case CERTIFICATE_ISSUED -> {
                v.put("courseTitle", "Prevailing wage basics");
                v.put("certificateNumber", "CERT-2026-00042");
            }
            case DIGEST -> {
                v.put("count", 2);
                v.put("category", "project");
                v.put("alerts", List.of(Map.of("title", "New project", "message", "Roofing")));
            }
        }
        return v;
    }
}
