package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.QuietHours;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.shared.domain.MemberId;

/** What every {@link MemberPreferences} adapter must do. */
public abstract class MemberPreferencesContract {

    /** An empty store. */
    protected abstract MemberPreferences preferences();

    /** Makes the member exist, for adapters whose schema needs it; the in-memory store needs nothing. */
    protected void memberExists(MemberId member) {
    }

    @Test
    void keepsEveryPreferenceAndReplacesThemWhole() {
        MemberId maria = new MemberId(UUID.randomUUID());
        memberExists(maria);
        DeliveryPreferences first = new DeliveryPreferences(maria, ZoneId.of("America/New_York"), "es-MX",
                EnumSet.of(Channel.SMS), Map.of("event", EnumSet.of(Channel.EMAIL, Channel.PUSH)), Set.of("project"),
                Duration.ofMinutes(30), QuietHours.between("21:30", "06:45"));
        preferences().save(first);
        assertThat(preferences().find(maria)).contains(first);

        DeliveryPreferences marked = first.withUndeliverable(Channel.EMAIL, "maria@example.com")
                .withUndeliverable(Channel.SMS, "+14155550100");
        preferences().save(marked);
        assertThat(preferences().find(maria)).contains(marked);

        DeliveryPreferences second = DeliveryPreferences.defaults(maria);
        preferences().save(second);
        assertThat(preferences().find(maria)).contains(second);
        assertThat(preferences().find(new MemberId(UUID.randomUUID()))).isEmpty();
    }
}
