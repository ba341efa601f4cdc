package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.billing.domain.GatewayEvent;
import org.namc.billing.spi.GatewayEvents;

/** What every store of the gateway's events must do: one recording per id, also under concurrent deliveries. */
public abstract class GatewayEventsContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract GatewayEvents events();

    private static String id() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void recordsAnEventOnceAndKeepsItsProgress() {
        String id = id();
        assertThat(events().recordIfNew(GatewayEvent.received(id, "payment_intent.succeeded", "pi_1", NOW))).isTrue();
        assertThat(events().recordIfNew(GatewayEvent.received(id, "payment_intent.succeeded", "pi_1", NOW))).isFalse();

        GatewayEvent failed = events().find(id).orElseThrow().failed("NOT_FOUND: payment pi_1", NOW.plusSeconds(1));
        events().update(failed);
        assertThat(events().failed(10)).extracting(GatewayEvent::id).contains(id);
        assertThat(events().retryIfFailed(id, NOW.plusSeconds(2))).isTrue();
        assertThat(events().retryIfFailed(id, NOW.plusSeconds(3))).isFalse();
        events().update(events().find(id).orElseThrow().processed(NOW.plusSeconds(4)));

        assertThat(events().find(id)).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(GatewayEvent.Status.PROCESSED);
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.objectId()).isEqualTo("pi_1");
            assertThat(e.receivedAt()).isEqualTo(NOW);
        });
        assertThat(events().failed(10)).extracting(GatewayEvent::id).doesNotContain(id);
    }

    @Test
    void tenConcurrentDeliveriesRecordAnEventOnce() throws Exception {
        String id = id();
        List<Boolean> recorded = Concurrently.run(10, () ->
                events().recordIfNew(GatewayEvent.received(id, "charge.refunded", "ch_1", NOW)));
        assertThat(recorded).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(events().failed(100)).extracting(GatewayEvent::id).doesNotContain(id);
        assertThat(List.of(events().find(id).orElseThrow().status())).containsExactly(GatewayEvent.Status.RECEIVED);
    }
}
