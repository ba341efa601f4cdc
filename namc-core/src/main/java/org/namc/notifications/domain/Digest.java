package org.namc.notifications.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bundles the alerts of one digest into one message: each source notification appears exactly
 * once (a source handed in twice still appears once), oldest first.
 */
public final class Digest {
    private Digest() {
    }

    public record Composed(String subject, String body, List<NotificationId> sources) {
        public Composed {
            sources = List.copyOf(sources);
        }
    }

    public static Composed compose(String category, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one notification");
        }
        Map<NotificationId, Notification> distinct = new LinkedHashMap<>();
        notifications.stream()
                .sorted(Comparator.comparing(Notification::createdAt).thenComparing(n -> n.id().value()))
                .forEach(n -> distinct.putIfAbsent(n.id(), n));
        List<NotificationId> sources = new ArrayList<>(distinct.keySet());
        if (sources.size() == 1) {
            Notification only = distinct.values().iterator().next();
            return new Composed(only.title(), only.message(), sources);
        }
        StringBuilder body = new StringBuilder();
        for (Notification n : distinct.values()) {
            body.append("- ").append(n.title()).append(": ").append(n.message()).append('\n');
        }
        return new Composed(sources.size() + " new " + category + " alerts", body.toString(), sources);
    }
}
