package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

class DeliveryPreferencesTest {
    private static final MemberId MARIA = new MemberId(new UUID(7, 1));

    private static DeliveryPreferences withWindow(Duration window) {
        return new DeliveryPreferences(MARIA, ZoneId.of("UTC"), "en-us", Set.of(), Map.of(), Set.of("project"), window,
                null);
    }

    @Test
    void channelsAreSwitchedOffForEverythingOrPerCategory() {
        DeliveryPreferences prefs = new DeliveryPreferences(MARIA, ZoneId.of("UTC"), "en-US", EnumSet.of(Channel.SMS),
                Map.of("event", EnumSet.of(Channel.EMAIL), "billing", Set.of()), Set.of(), Duration.ofHours(1), null);

        assertThat(prefs.accepts(Channel.SMS, "project")).isFalse();
        assertThat(prefs.accepts(Channel.EMAIL, "event")).isFalse();
        assertThat(prefs.accepts(Channel.EMAIL, "project")).isTrue();
        assertThat(prefs.categoryChannelsOff()).containsOnlyKeys("event");
    }

    @Test
    void digestWindowsAreAlignedAndDivideTheDay() {
        assertThat(withWindow(Duration.ofMinutes(15)).digestWindowEnd(Instant.parse("2026-01-16T17:05:00Z")))
                .isEqualTo(Instant.parse("2026-01-16T17:15:00Z"));
        assertThat(withWindow(Duration.ofMinutes(15)).digestWindowEnd(Instant.parse("2026-01-16T17:15:00Z")))
                .isEqualTo(Instant.parse("2026-01-16T17:30:00Z"));
        assertThat(withWindow(Duration.ofHours(1)).locale()).isEqualTo("en-US");
        NamcException e = catchThrowableOfType(NamcException.class, () -> withWindow(Duration.ofMinutes(7)));
        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("divides-day");
        assertThat(catchThrowableOfType(NamcException.class, () -> withWindow(Duration.ofMinutes(1))).violations())
                .extracting(FieldViolation::rule).containsExactly("range");
    }
}
