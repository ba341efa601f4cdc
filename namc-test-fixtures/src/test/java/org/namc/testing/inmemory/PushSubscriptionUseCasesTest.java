package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.RegisterPushSubscription;
import org.namc.notifications.UpdateDeliveryPreferences;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.PushSubscription;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.testing.contract.PushSubscriptionsContract;

class PushSubscriptionUseCasesTest {
    InMemoryPortal fixture;
    NotificationsApi notifications;
    MemberId ana;
    MemberId bo;

    @BeforeEach
    void start() {
        fixture = InMemoryPortal.create();
        notifications = fixture.portal().notifications();
        ana = aMember().withEmail("ana@example.com").registerVerified(fixture.portal().membership());
        bo = aMember().withEmail("bo@example.com").registerVerified(fixture.portal().membership());
    }

    RegisterPushSubscription browser(MemberId member, String endpoint) {
        return new RegisterPushSubscription(member, endpoint, PushSubscriptionsContract.P256DH,
                PushSubscriptionsContract.AUTH);
    }

    static void refused(Runnable call, ErrorCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NamcException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (field != null) {
                assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo(field));
            }
        });
    }

    @Test
    void aMemberRegistersAndRemovesTheirOwnBrowsersOnly() {
        PushSubscription phone = notifications.registerPushSubscription(Actor.member(ana),
                browser(ana, "https://fcm.googleapis.com/fcm/send/phone"));

        assertThat(fixture.adapters().pushSubscriptions().forMember(ana)).containsExactly(phone);
        refused(() -> notifications.registerPushSubscription(Actor.member(bo),
                browser(ana, "https://fcm.googleapis.com/fcm/send/x")), ErrorCode.FORBIDDEN, null);
        refused(() -> notifications.removePushSubscription(Actor.member(bo), bo, phone.endpoint().toString()),
                ErrorCode.NOT_FOUND, null);
        notifications.removePushSubscription(Actor.member(ana), ana, phone.endpoint().toString());
        assertThat(fixture.adapters().pushSubscriptions().forMember(ana)).isEmpty();
    }

    @Test
    void endpointsAndKeysAreChecked() {
        refused(() -> notifications.registerPushSubscription(Actor.member(ana),
                browser(ana, "http://fcm.googleapis.com/fcm/send/x")), ErrorCode.VALIDATION_FAILED, "endpoint");
        refused(() -> notifications.registerPushSubscription(Actor.member(ana), new RegisterPushSubscription(ana,
                "https://fcm.googleapis.com/fcm/send/x", "BAAA", PushSubscriptionsContract.AUTH)),
                ErrorCode.VALIDATION_FAILED, "p256dh");
        refused(() -> notifications.registerPushSubscription(Actor.member(ana), new RegisterPushSubscription(ana,
                "https://fcm.googleapis.com/fcm/send/x", PushSubscriptionsContract.P256DH, "c2hvcnQ")),
                ErrorCode.VALIDATION_FAILED, "auth");
        assertThat(fixture.adapters().pushSubscriptions().forMember(ana)).isEmpty();
    }

    @Test
    void aMemberHasAtMostTwentyBrowsersButMayRenewOne() {
        for (int i = 0; i < 20; i++) {
            notifications.registerPushSubscription(Actor.member(ana), browser(ana, "https://push.example/" + i));
        }
        refused(() -> notifications.registerPushSubscription(Actor.member(ana), browser(ana, "https://push.example/x")),
                ErrorCode.VALIDATION_FAILED, "endpoint");
        notifications.registerPushSubscription(Actor.member(ana), browser(ana, "https://push.example/3"));
        assertThat(fixture.adapters().pushSubscriptions().forMember(ana)).hasSize(20);
    }

    @Test
    void aMembersOwnPreferenceUpdateCannotClearAnUndeliverableMark() {
        DeliveryPreferences marked = DeliveryPreferences.defaults(ana).withUndeliverable(Channel.EMAIL, "ana@example.com");
        fixture.adapters().memberPreferences().save(marked);

        DeliveryPreferences updated = notifications.updatePreferences(Actor.member(ana),
                new UpdateDeliveryPreferences(DeliveryPreferences.defaults(ana).withChannel(Channel.SMS, true)));

        assertThat(updated.undeliverable()).containsEntry(Channel.EMAIL, "ana@example.com");
        assertThat(updated.accepts(Channel.SMS, "event")).isTrue();
    }
}
