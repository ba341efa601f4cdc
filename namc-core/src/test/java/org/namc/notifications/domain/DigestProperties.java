package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.namc.shared.domain.MemberId;

class DigestProperties {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));

    @Provide
    Arbitrary<List<Notification>> alerts() {
        return Arbitraries.longs().between(0, 3_600).list().ofMinSize(1).ofMaxSize(40).map(offsets -> {
            List<Notification> list = new ArrayList<>();
            for (int i = 0; i < offsets.size(); i++) {
                list.add(new Notification(new NotificationId(new UUID(5, i)), MARIA, NotificationType.PROJECT,
                        "Alert #" + i + ";", "Project " + i, EnumSet.of(Channel.EMAIL), Priority.NORMAL, "project",
                        Map.of(), null, null, null, null, null, null, null, START.plusSeconds(offsets.get(i)), null,
                        Map.of()));
            }
            return list;
        });
    }

    @Property
    void aDigestContainsEachSourceNotificationExactlyOnce(@ForAll("alerts") List<Notification> alerts,
                                                          @ForAll @IntRange(min = 0, max = 5) int repeats,
                                                          @ForAll @IntRange(min = 0, max = 100) int rotation) {
        List<Notification> handedIn = new ArrayList<>(alerts);
        for (int i = 0; i < repeats; i++) {
            handedIn.add(alerts.get(i % alerts.size()));
        }
        Collections.reverse(handedIn);
        Collections.rotate(handedIn, rotation);

        Digest.Composed digest = Digest.compose("project", handedIn);

        assertThat(digest.sources()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(alerts.stream().map(Notification::id).toList());
        if (alerts.size() > 1) {
            for (Notification n : alerts) {
                assertThat(occurrences(digest.body(), "- " + n.title() + ": ")).as(n.title()).isEqualTo(1);
            }
            assertThat(digest.subject()).isEqualTo(alerts.size() + " new project alerts");
        }
        assertThat(new LinkedHashSet<>(digest.sources())).hasSize(alerts.size());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
