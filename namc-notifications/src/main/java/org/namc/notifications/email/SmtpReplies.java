package org.namc.notifications.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.DeliveryResult;

/**
 * What an SMTP failure means for the delivery (RFC 5321 §4.2.1): a 4xx reply is transient, so the
 * dispatcher retries; a 5xx reply is permanent and carries the server's reason; 550, 551 and 553
 * on the recipient say the address itself is bad, so it is marked undeliverable. A failure with
 * no reply (connection refused, timeout, TLS not offered) is retried.
 */
final class SmtpReplies {
    private SmtpReplies() {
    }

    static DeliveryResult classify(MessagingException failure, String recipient) {
        SMTPAddressFailedException rejected = find(failure, SMTPAddressFailedException.class);
        if (rejected != null) {
            int code = rejected.getReturnCode();
            String reason = code + " " + firstLine(rejected.getMessage());
            if (code == 550 || code == 551 || code == 553) {
                return new DeliveryResult.AddressRejected(recipient, reason);
            }
            return new DeliveryResult.Failed("recipient refused: " + reason, code >= 500);
        }
        SMTPSenderFailedException sender = find(failure, SMTPSenderFailedException.class);
        if (sender != null) {
            return failed("sender refused", sender.getReturnCode(), sender.getMessage());
        }
        SMTPSendFailedException message = find(failure, SMTPSendFailedException.class);
        if (message != null) {
            return failed("message refused", message.getReturnCode(), message.getMessage());
        }
        return new DeliveryResult.Failed("SMTP unavailable: " + failure.getClass().getSimpleName() + " "
                + firstLine(failure.getMessage()), false);
    }

    private static DeliveryResult failed(String what, int code, @Nullable String message) {
        return new DeliveryResult.Failed(what + ": " + code + " " + firstLine(message), code >= 500);
    }

    private static <T extends Exception> @Nullable T find(Exception failure, Class<T> type) {
        for (Exception e = failure; e != null; ) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            Exception next = e instanceof MessagingException m ? m.getNextException() : null;
            if (next == null && e instanceof SendFailedException && e.getCause() instanceof Exception cause) {
                next = cause;
            }
            e = next == e ? null : next;
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
