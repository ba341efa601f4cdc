package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    private static List<BigDecimal> weights(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static void assertValidationFailure(Throwable thrown, String field, String rule) {
        assertThat(thrown).isInstanceOf(NamcException.class);
        NamcException e = (NamcException) thrown;
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).isEqualTo(rule);
        });
    }

    @ParameterizedTest(name = "{1} amounts are held with {2} decimal places")
    @CsvSource({"1, JPY, 0", "1, USD, 2", "1, BHD, 3"})
    void amountsAreHeldAtTheCurrencysMinorUnitScale(String amount, String currency, int scale) {
        Money money = Money.of(amount, currency);

        assertThat(money.amount().scale()).isEqualTo(scale);
        assertThat(Money.scaleOf(Currency.getInstance(currency))).isEqualTo(scale);
    }

    @Test
    void trailingZerosBeyondTheScaleAreAcceptedBecauseTheyChangeNothing() {
        assertThat(Money.of("12.3000", "USD").amount()).isEqualByComparingTo("12.30");
        assertThat(Money.of("12.3000", "USD").amount().scale()).isEqualTo(2);
        assertThat(Money.of("500.0", "JPY").amount().scale()).isZero();
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"1.5, JPY", "1.005, USD", "0.001, USD", "1.0005, BHD"})
    void amountsWithMoreDecimalsThanTheCurrencyAllowsAreRefused(String amount, String currency) {
        Throwable thrown = catchThrowableOfType(NamcException.class, () -> Money.of(amount, currency));

        assertValidationFailure(thrown, "amount", "scale");
    }

    @Test
    void theRefusalMessageDoesNotContainTheRejectedAmount() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> Money.of("19.999", "USD"));

        assertThat(e.getMessage()).doesNotContain("19.999");
    }

    @ParameterizedTest(name = "{0} {1} rounded {2} is {3}")
    @CsvSource({
        "2.345, USD, HALF_EVEN, 2.34",
        "2.345, USD, HALF_UP, 2.35",
        "2.341, USD, UP, 2.35",
        "-2.345, USD, HALF_UP, -2.35",
        "100.5, JPY, HALF_UP, 101",
        "100.5, JPY, HALF_EVEN, 100",
        "1.23456, BHD, DOWN, 1.234"
    })
    void aNamedRoundingModeRoundsToTheCurrencysScale(String amount, String currency, RoundingMode mode, String expected) {
        Money money = Money.of(new BigDecimal(amount), Currency.getInstance(currency), mode);

        assertThat(money).isEqualTo(Money.of(expected, currency));
    }

    @Test
    void unknownCurrencyCodesAreRefused() {
        Throwable thrown = catchThrowableOfType(NamcException.class, () -> Money.of("1", "XYZ1"));

        assertValidationFailure(thrown, "currency", "iso-4217");
    }

    @Test
    void currenciesWithoutAMinorUnitCannotHoldMoney() {
        Throwable thrown = catchThrowableOfType(NamcException.class,
                () -> Money.of(BigDecimal.ONE, Currency.getInstance("XAU")));

        assertValidationFailure(thrown, "currency", "supported");
    }

    @Test
    void plusMinusAndNegateAreExact() {
        Money a = Money.of("10.10", "USD");
        Money b = Money.of("0.25", "USD");

        assertThat(a.plus(b)).isEqualTo(Money.of("10.35", "USD"));
        assertThat(a.minus(b)).isEqualTo(Money.of("9.85", "USD"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-9.85", "USD"));
        assertThat(a.negate()).isEqualTo(Money.of("-10.10", "USD"));
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(a.minus(a).isZero()).isTrue();
    }

    @Test
    void equalAmountsWrittenWithDifferentScalesAreEqual() {
        assertThat(Money.of("10", "USD")).isEqualTo(Money.of("10.00", "USD"));
        assertThat(Money.of("10", "USD").hashCode()).isEqualTo(Money.of("10.00", "USD").hashCode());
    }

    @Test
    void mixingCurrenciesIsRefused() {
        Money dollars = Money.of("1.00", "USD");
        Money yen = Money.of("100", "JPY");

        assertValidationFailure(catchThrowableOfType(NamcException.class, () -> dollars.plus(yen)),
                "currency", "same-currency");
        assertValidationFailure(catchThrowableOfType(NamcException.class, () -> dollars.minus(yen)),
                "currency", "same-currency");
        assertValidationFailure(catchThrowableOfType(NamcException.class, () -> dollars.compareTo(yen)),
                "currency", "same-currency");
    }

    @ParameterizedTest(name = "{0} {1} is {2} minor units")
    @CsvSource({"12.34, USD, 1234", "-0.05, USD, -5", "1500, JPY, 1500", "1.234, BHD, 1234", "0, USD, 0"})
    void minorUnitsRoundTrip(String amount, String currency, long minor) {
        Money money = Money.of(amount, currency);

        assertThat(money.minorUnits()).isEqualTo(minor);
        assertThat(Money.ofMinor(minor, Currency.getInstance(currency))).isEqualTo(money);
    }

    @Test
    void timesRoundsOnceWithTheNamedMode() {
        Money price = Money.of("19.99", "USD");

        assertThat(price.times(new BigDecimal("0.0825"), RoundingMode.HALF_UP)).isEqualTo(Money.of("1.65", "USD"));
        assertThat(price.times(new BigDecimal("3"), RoundingMode.UNNECESSARY)).isEqualTo(Money.of("59.97", "USD"));
    }

    @Test
    void comparisonAndMinMaxFollowTheAmount() {
        Money small = Money.of("1.00", "USD");
        Money large = Money.of("2.00", "USD");

        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(small.negate().isNegative()).isTrue();
        assertThat(small.isPositive()).isTrue();
    }

    @Test
    void allocatingTenCentsInThreeEqualPartsGivesTheExtraCentToTheFirstPart() {
        List<Money> parts = Money.of("0.10", "USD").allocate(weights("1", "1", "1"));

        assertThat(parts).containsExactly(Money.of("0.04", "USD"), Money.of("0.03", "USD"), Money.of("0.03", "USD"));
    }

    @Test
    void allocatingANegativeAmountSplitsSymmetrically() {
        List<Money> parts = Money.of("-0.10", "USD").allocate(weights("1", "1", "1"));

        assertThat(parts).containsExactly(Money.of("-0.04", "USD"), Money.of("-0.03", "USD"), Money.of("-0.03", "USD"));
    }

    @Test
    void leftoverMinorUnitsGoToThePartsWithTheLargestRemainders() {
        // 100 yen by 1:2:7 -> exact 10, 20, 70; by 3:3:1 -> 42.857.., 42.857.., 14.285.. -> 43, 43, 14
        assertThat(Money.ofMinor(100, JPY).allocate(weights("3", "3", "1")))
                .containsExactly(Money.ofMinor(43, JPY), Money.ofMinor(43, JPY), Money.ofMinor(14, JPY));
        // 1.000 BHD by 1:1:1:1:1:1 -> 0.167 * 4, 0.166 * 2
        assertThat(Money.ofMinor(1000, BHD).allocate(weights("1", "1", "1", "1", "1", "1")))
                .extracting(Money::minorUnits).containsExactly(167L, 167L, 167L, 167L, 166L, 166L);
    }

    @Test
    void aZeroWeightGetsNothing() {
        List<Money> parts = Money.of("1.00", "USD").allocate(weights("1", "0", "2"));

        assertThat(parts).extracting(Money::minorUnits).containsExactly(33L, 0L, 67L);
    }

    @Test
    void allWeightsZeroIsRefused() {
        Throwable thrown = catchThrowableOfType(NamcException.class,
                () -> Money.of("1.00", "USD").allocate(weights("0", "0")));

        assertValidationFailure(thrown, "weights", "positive-sum");
    }

    @Test
    void aNegativeWeightIsRefused() {
        Throwable thrown = catchThrowableOfType(NamcException.class,
                () -> Money.of("1.00", "USD").allocate(weights("2", "-1")));

        assertValidationFailure(thrown, "weights", "range");
    }

    @Test
    void noWeightsAtAllIsRefused() {
        Throwable thrown = catchThrowableOfType(NamcException.class, () -> Money.of("1.00", "USD").allocate(List.of()));

        assertValidationFailure(thrown, "weights", "required");
    }

    @Test
    void nullAmountOrCurrencyIsAProgrammingError() {
        assertThatThrownBy(() -> Money.of(null, USD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringShowsThePlainAmountAndCurrencyCode() {
        assertThat(Money.of("1E+3", "USD")).hasToString("1000.00 USD");
    }
}
