package org.namc.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ContactPoints;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryResult;
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.NotificationChannel;

/**
 * SMS through a Twilio-compatible Messages API: a form POST with basic auth over
 * {@code java.net.http}. The text is the subject and body, shortened to the host's segment cap
 * with the action link kept whole. A 429 or 5xx is retried; a 400 for the number itself (21211
 * invalid, 21614 not a mobile) marks the number undeliverable; other 4xx replies are permanent.
 */
public final class TwilioSmsChannel implements NotificationChannel {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"([A-Za-z0-9]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Provider error codes that say the number itself cannot receive texts. */
    private static final Set<Integer> BAD_NUMBER = Set.of(21211, 21214, 21614);

    private final SmsSettings settings;
    private final MemberContacts contacts;
    private final HttpClient http;

    public TwilioSmsChannel(SmsSettings settings, MemberContacts contacts, HttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Optional<String> to = contacts.find(delivery.recipient()).map(ContactPoints::phone).map(p -> p.e164());
        if (to.isEmpty()) {
            return new DeliveryResult.Failed("no phone number on file", true);
        }
        if (!E164.matcher(to.get()).matches()) {
            return new DeliveryResult.AddressRejected(to.get(), "not an E.164 number");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to.get());
        form.put("From", settings.from().e164());
        form.put("Body", text(delivery));
        if (settings.statusCallback() != null) {
            form.put("StatusCallback", settings.statusCallback() + "?key="
                    + URLEncoder.encode(delivery.key(), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(messagesUri())
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((settings.accountSid() + ":"
                        + settings.authToken().reveal()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return classify(response.statusCode(), response.body(), to.get());
        } catch (IOException e) {
            return new DeliveryResult.Failed("SMS provider unreachable: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Failed("interrupted while sending", false);
        }
    }

    /** What the member reads: subject and body, cut to the segment cap, the link kept whole. */
    String text(Delivery d) {
        String link = d.actionUrl() == null ? "" : settings.portalUrl().resolve(URI.create(d.actionUrl())).toString();
        String text = d.subject().strip() + (d.body().isBlank() ? "" : ": " + d.body().strip().replaceAll("\\s+", " "));
        return SmsSegments.fit(text, link, settings.maxSegments());
    }

    private static DeliveryResult classify(int status, String body, String to) {
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered(find(SID, body));
        }
        String reason = status + " " + Optional.ofNullable(find(CODE, body)).map(c -> c + " ").orElse("")
                + Optional.ofNullable(find(MESSAGE, body)).orElse("");
        if (status == 429 || status >= 500) {
            return new DeliveryResult.Failed("SMS provider busy: " + reason.strip(), false);
        }
        String code = find(CODE, body);
        if (code != null && BAD_NUMBER.contains(Integer.parseInt(code))) {
            return new DeliveryResult.AddressRejected(to, reason.strip());
        }
        return new DeliveryResult.Failed("SMS refused: " + reason.strip(), true);
    }

    private static @Nullable String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private URI messagesUri() {
        String base = settings.apiBase().toString().replaceAll("/+$", "");
        return URI.create(base + "/2010-04-01/Accounts/" + settings.accountSid() + "/Messages.json");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
