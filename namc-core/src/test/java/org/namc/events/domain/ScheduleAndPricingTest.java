package org.namc.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

class ScheduleAndPricingTest {

    private static NamcException refusal(Runnable call) {
        return catchThrowableOfType(NamcException.class, call::run);
    }

    @Test
    void localTimesAreReadInTheEventsZone() {
        Schedule s = Schedule.local(LocalDateTime.of(2026, 7, 1, 18, 0), LocalDateTime.of(2026, 7, 1, 20, 0),
                "America/Los_Angeles");

        assertThat(s.start()).isEqualTo(Instant.parse("2026-07-02T01:00:00Z"));
        assertThat(s.localStart()).isEqualTo(LocalDateTime.of(2026, 7, 1, 18, 0));
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertThat(refusal(() -> Schedule.local(null, null, "PST")).violations()).extracting(FieldViolation::field)
                .containsExactly("startsAt", "endsAt", "timeZone");
        assertThat(refusal(() -> Schedule.local(LocalDateTime.of(2026, 7, 1, 18, 0), LocalDateTime.of(2026, 7, 1, 18, 0),
                "Europe/Paris")).violations()).extracting(FieldViolation::rule).containsExactly("after");
        assertThat(refusal(() -> Schedule.local(LocalDateTime.of(2026, 3, 8, 2, 15), LocalDateTime.of(2026, 3, 8, 5, 0),
                "America/Los_Angeles")).violations()).extracting(FieldViolation::rule).containsExactly("exists");
        assertThat(refusal(() -> Schedule.local(LocalDateTime.of(2026, 3, 8, 1, 0), LocalDateTime.of(2026, 3, 8, 5, 0),
                "+02:00")).violations()).extracting(FieldViolation::rule).containsExactly("iana");
    }

    @Test
    void theEarlyBirdPriceAppliesUntilItsDeadline() {
        Instant deadline = Instant.parse("2026-02-01T00:00:00Z");
        Pricing pricing = new Pricing(Money.of("120.00", "USD"), Money.of("90.00", "USD"), deadline);

        assertThat(pricing.priceAt(deadline.minusMillis(1))).isEqualTo(Money.of("90.00", "USD"));
        assertThat(pricing.priceAt(deadline)).isEqualTo(Money.of("120.00", "USD"));
        assertThat(Pricing.free().isFree()).isTrue();
        assertThat(refusal(() -> new Pricing(Money.of("50.00", "USD"), Money.of("60.00", "USD"), deadline))
                .violations()).extracting(FieldViolation::rule).containsExactly("below-price");
        assertThat(refusal(() -> new Pricing(Money.of("50.00", "USD"), Money.of("40.00", "USD"), null))
                .violations()).extracting(FieldViolation::rule).containsExactly("paired");
        assertThat(refusal(() -> new Pricing(Money.of("50.00", "USD"), Money.of("40.00", "EUR"), deadline))
                .violations()).extracting(FieldViolation::rule).containsExactly("currency");
    }

    @Test
    void aLocationHasWhatItsTypeNeeds() {
        assertThat(refusal(() -> new EventLocation(LocationType.HYBRID, null, null)).violations())
                .extracting(FieldViolation::field).containsExactly("venue", "meeting");
        assertThat(refusal(() -> new EventLocation(LocationType.VIRTUAL, new Venue("Hall", null, null), null))
                .violations()).extracting(FieldViolation::field).containsExactly("meeting", "venue");
    }
}
