package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.shared.domain.MemberId;

/** What every {@link PushSubscriptions} adapter must do. */
public abstract class PushSubscriptionsContract {
    /** RFC 8291 Appendix A's browser keys: a valid P-256 point and a 16-byte secret. */
    public static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    public static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** An empty store. */
    protected abstract PushSubscriptions subscriptions();

    /** Makes the member exist, for adapters whose schema needs it. */
    protected void memberExists(MemberId member) {
    }

    private PushSubscription subscription(MemberId member, String endpoint, Instant at) {
        memberExists(member);
        return new PushSubscription(UUID.randomUUID(), member, URI.create(endpoint), P256DH, AUTH, at);
    }

    @Test
    void keepsEachMembersSubscriptionsOldestFirstAndRemovesByEndpoint() {
        MemberId maria = new MemberId(UUID.randomUUID());
        MemberId jose = new MemberId(UUID.randomUUID());
        PushSubscription phone = subscription(maria, "https://fcm.googleapis.com/fcm/send/phone", NOW.plusSeconds(60));
        PushSubscription laptop = subscription(maria, "https://updates.push.services.mozilla.com/wpush/v2/laptop", NOW);
        PushSubscription other = subscription(jose, "https://fcm.googleapis.com/fcm/send/jose", NOW);
        subscriptions().save(phone);
        subscriptions().save(laptop);
        subscriptions().save(other);

        assertThat(subscriptions().forMember(maria)).containsExactly(laptop, phone);
        assertThat(subscriptions().remove(phone.endpoint())).isTrue();
        assertThat(subscriptions().remove(phone.endpoint())).isFalse();
        assertThat(subscriptions().forMember(maria)).containsExactly(laptop);
        assertThat(subscriptions().forMember(jose)).containsExactly(other);
    }

    @Test
    void aRenewedSubscriptionReplacesTheOneAtTheSameEndpoint() {
        MemberId maria = new MemberId(UUID.randomUUID());
        PushSubscription first = subscription(maria, "https://fcm.googleapis.com/fcm/send/same", NOW);
        subscriptions().save(first);
        PushSubscription renewed = new PushSubscription(first.id(), maria, first.endpoint(), P256DH,
                "AAAAAAAAAAAAAAAAAAAAAA", NOW.plusSeconds(5));
        subscriptions().save(renewed);

        assertThat(subscriptions().forMember(maria)).containsExactly(renewed);
    }
}
