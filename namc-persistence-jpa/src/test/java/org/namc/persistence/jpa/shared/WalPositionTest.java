package org.namc.persistence.jpa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalPositionTest {
    @Test
    void ordersAsPostgresDoesByBothHalvesNotAsText() {
        WalPosition low = new WalPosition("9/FFFFFFFF");
        WalPosition high = new WalPosition("10/0");

        assertThat(low).isLessThan(high);
        assertThat(WalPosition.later(low, high)).isEqualTo(high);
        assertThat(high.offset()).isEqualTo(0x10_0000_0000L);
    }

    @Test
    void theHighestPositionStaysAboveEveryOtherAsAnUnsignedNumber() {
        assertThat(new WalPosition("FFFFFFFF/FFFFFFFF")).isGreaterThan(new WalPosition("7FFFFFFF/FFFFFFFF"));
    }

    @Test
    void refusesWhatIsNoPosition() {
        assertThatThrownBy(() -> new WalPosition("16/b374d848")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WalPosition("16-B374D848")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WalPosition("123456789/0")).isInstanceOf(IllegalArgumentException.class);
    }
}
