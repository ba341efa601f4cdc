package org.namc.notifications.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.templates.MustacheTemplates;
import java.time.Clock;

/**
 * Email over SMTP (Jakarta Mail, Angus). Each message is multipart/alternative (plain text and the
 * branded HTML), with UTF-8 subject and names encoded per RFC 2047 and a {@code Message-ID} made
 * from the delivery key, so a retried message carries the same id and mail clients fold the
 * duplicates. Messages of categories a member may switch off carry {@code List-Unsubscribe} with
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058); security alerts do not.
 * One connection serves a whole dispatch run ({@link #beginBatch()} .. {@link #endBatch()}); a
 * message sent outside a run opens and closes its own.
 *
 * <p>Not thread-safe for concurrent batches: give each worker its own channel instance.
 */
public final class SmtpEmailChannel implements NotificationChannel {
    private final SmtpSettings settings;
    private final MemberContacts contacts;
    private final MustacheTemplates templates;
    private final @Nullable UnsubscribeLinks unsubscribe;
    private final Clock clock;
    private final Session session;
    private @Nullable Transport batch;
    private boolean inBatch;

    /** @param unsubscribe null when the host offers no unsubscribe links (then every message lacks them) */
    public SmtpEmailChannel(SmtpSettings settings, MemberContacts contacts, MustacheTemplates templates,
                            @Nullable UnsubscribeLinks unsubscribe, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.unsubscribe = unsubscribe;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void beginBatch() {
        inBatch = true;
    }

    @Override
    public void endBatch() {
        inBatch = false;
        closeQuietly(batch);
        batch = null;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Optional<ContactPoints> contact = contacts.find(delivery.recipient());
        if (contact.isEmpty() || contact.get().email() == null) {
            return new DeliveryResult.Failed("no email address on file", true);
        }
        String to = contact.get().email().value();
        MimeMessage message;
        try {
            message = compose(delivery, contact.get(), to);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new DeliveryResult.Failed("the message could not be built: " + e.getClass().getSimpleName(), true);
        }
        Transport transport = null;
        try {
            transport = connected();
            transport.sendMessage(message, message.getAllRecipients());
            return new DeliveryResult.Delivered(messageId(delivery));
        } catch (MessagingException e) {
            DeliveryResult result = SmtpReplies.classify(e, to);
            if (transport != null && !transport.isConnected()) {
                dropConnection(transport);
            }
            return result;
        } finally {
            if (!inBatch) {
                closeQuietly(transport);
                batch = null;
            }
        }
    }

    /** The {@code Message-ID} of a delivery: the same for every retry of it. */
    public String messageId(Delivery delivery) {
        return "<" + delivery.key() + "@" + settings.messageIdDomain() + ">";
    }

    private Transport connected() throws MessagingException {
        if (batch != null && batch.isConnected()) {
            return batch;
        }
        Transport transport = session.getTransport("smtp");
        if (settings.username() != null && settings.password() != null) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password().reveal());
        } else {
            transport.connect();
        }
        batch = transport;
        return transport;
    }

    private void dropConnection(Transport transport) {
        closeQuietly(transport);
        if (batch == transport) {
            batch = null;
        }
    }

    private MimeMessage compose(Delivery d, ContactPoints contact, String to)
            throws MessagingException, UnsupportedEncodingException {
        String id = messageId(d);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        if (settings.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo())});
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, contact.displayName(), "UTF-8"));
        message.setSubject(d.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        String actionUrl = d.actionUrl() == null ? null : settings.portalUrl().resolve(URI.create(d.actionUrl()))
                .toString();
        UnsubscribeLinks.Links links = d.critical() || unsubscribe == null ? null
                : unsubscribe.forMember(d.recipient(), d.category());
        String text = d.body().strip() + (actionUrl == null ? "" : "\n\n" + actionText(d) + ": " + actionUrl)
                + (links == null ? "" : "\n\n--\nUnsubscribe from these emails: " + links.url()) + "\n";
        String html = d.html() != null ? d.html()
                : templates.layoutPlain(d.subject(), d.body(), actionUrl, actionText(d), links == null ? null : links.url());
        MimeBodyPart plainPart = new MimeBodyPart();
        plainPart.setText(text, "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plainPart, htmlPart);
        message.setContent(alternative);
        if (links != null) {
            message.setHeader("List-Unsubscribe", links.header());
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("X-NAMC-Delivery", d.key());
        message.saveChanges();
        return message;
    }

    private static String actionText(Delivery d) {
        return d.actionText() == null ? "Open" : d.actionText();
    }

    private static void closeQuietly(@Nullable Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is being dropped either way.
            }
        }
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String timeout = Long.toString(s.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", Integer.toString(s.port()));
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", Boolean.toString(s.username() != null));
        boolean tls = s.startTls() == SmtpSettings.StartTls.REQUIRED;
        p.put("mail.smtp.starttls.enable", Boolean.toString(tls));
        p.put("mail.smtp.starttls.required", Boolean.toString(tls));
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        p.put("mail.smtp.localhost", s.messageIdDomain());
        return p;
    }
}
