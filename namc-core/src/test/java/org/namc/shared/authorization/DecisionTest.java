package org.namc.shared.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void aDeniedReasonIsWrittenOnlyWhenReadAndOnlyOnce() {
        AtomicInteger written = new AtomicInteger();
        Decision.Denied denied = Decision.Denied.explainedBy(() -> "no role held grants x:y #" + written.incrementAndGet());

        assertThat(denied.isAllowed()).isFalse();
        assertThat(written).hasValue(0);
        assertThat(denied.reason()).isEqualTo("no role held grants x:y #1");
        assertThat(denied.reason()).isEqualTo("no role held grants x:y #1");
        assertThat(written).hasValue(1);
    }

    @Test
    void refusalsAreEqualWhenTheirReasonsAre() {
        assertThat(Decision.Denied.explainedBy(() -> "expired")).isEqualTo(new Decision.Denied("expired"))
                .hasSameHashCodeAs(new Decision.Denied("expired")).isNotEqualTo(new Decision.Denied("other"));
        assertThat(new Decision.Denied("expired")).hasToString("Denied[reason=expired]");
    }
}
