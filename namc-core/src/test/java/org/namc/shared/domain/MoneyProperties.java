package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<Currency> currencies = Arbitraries.of("JPY", "USD", "BHD").map(Currency::getInstance);
        Arbitrary<Long> minor = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000L, 1_000L),
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L));
        return Combinators.combine(minor, currencies).as(Money::ofMinor);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3));
        return weight.list().ofMinSize(1).ofMaxSize(12)
                .filter(ws -> ws.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0);
    }

    /** Weights of one scale take a faster path on longs; it must split exactly as the general one. */
    @Property
    void theSplitDoesNotDependOnHowTheWeightsAreScaled(@ForAll("amounts") Money whole,
                                                       @ForAll("weights") List<BigDecimal> weights) {
        List<BigDecimal> oneScale = weights.stream().map(w -> w.setScale(3)).toList();
        List<BigDecimal> mixed = new java.util.ArrayList<>(oneScale);
        mixed.set(0, mixed.get(0).setScale(4));

        assertThat(whole.allocate(oneScale)).isEqualTo(whole.allocate(mixed));
    }

    @Property
    void allocationNeverCreatesOrLosesAMinorUnit(@ForAll("amounts") Money whole,
                                                 @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = whole.allocate(weights);

        assertThat(parts).hasSameSizeAs(weights);
        Money sum = parts.stream().reduce(Money.zero(whole.currency()), Money::plus);
        assertThat(sum).isEqualTo(whole);
    }

    @Property
    void eachPartIsWithinOneMinorUnitOfItsExactShare(@ForAll("amounts") Money whole,
                                                     @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = whole.allocate(weights);

        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal wholeMinor = BigDecimal.valueOf(whole.minorUnits());
        for (int i = 0; i < parts.size(); i++) {
            // |part - whole * w / total| < 1 minor unit, multiplied through by total to stay exact
            BigDecimal error = BigDecimal.valueOf(parts.get(i).minorUnits()).multiply(total)
                    .subtract(wholeMinor.multiply(weights.get(i))).abs();
            assertThat(error).as("part %d of %s by %s", i, whole, weights).isLessThan(total);
        }
    }

    @Property
    void partsHaveTheCurrencyAndScaleOfTheWhole(@ForAll("amounts") Money whole,
                                                @ForAll("weights") List<BigDecimal> weights) {
        for (Money part : whole.allocate(weights)) {
            assertThat(part.currency()).isEqualTo(whole.currency());
            assertThat(part.amount().scale()).isEqualTo(Money.scaleOf(whole.currency()));
        }
    }

    @Property
    void partsOfANegativeAmountMirrorThePartsOfItsNegation(@ForAll("amounts") Money whole,
                                                           @ForAll("weights") List<BigDecimal> weights) {
        List<Money> mirrored = whole.negate().allocate(weights).stream().map(Money::negate).toList();

        assertThat(whole.allocate(weights)).isEqualTo(mirrored);
    }

    @Property
    void minorUnitsRoundTrip(@ForAll("amounts") Money money) {
        assertThat(Money.ofMinor(money.minorUnits(), money.currency())).isEqualTo(money);
        assertThat(Money.of(money.amount().toPlainString(), money.currency().getCurrencyCode())).isEqualTo(money);
    }

    @Property
    void plusThenMinusGivesBackTheOriginal(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        Money other = Money.ofMinor(b.minorUnits(), a.currency());

        assertThat(a.plus(other).minus(other)).isEqualTo(a);
        assertThat(a.plus(other)).isEqualTo(other.plus(a));
        assertThat(a.minus(other)).isEqualTo(a.plus(other.negate()));
    }

    @Property
    void explicitRoundingIsNeverFurtherThanOneMinorUnitAway(@ForAll("amounts") Money base,
                                                           @ForAll("roundings") RoundingMode mode) {
        BigDecimal raw = base.amount().add(new BigDecimal("0.0004"));

        Money rounded = Money.of(raw, base.currency(), mode);

        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.scaleOf(base.currency()));
        assertThat(rounded.amount().subtract(raw).abs()).isLessThan(unit);
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }
}
