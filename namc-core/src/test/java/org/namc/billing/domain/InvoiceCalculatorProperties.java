package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;

/** The invoice arithmetic identities, for random lines, discounts, tax rates and currencies of 0, 2 and 3 digits. */
class InvoiceCalculatorProperties {

    /** A random invoice: its currency, lines, discount and tax rounding. */
    record Case(Currency currency, List<LineItem> lines, @Nullable Discount discount, RoundingMode rounding) {
    }

    @Provide
    Arbitrary<Case> invoices() {
        Arbitrary<Currency> currencies = Arbitraries.of("JPY", "USD", "BHD").map(Currency::getInstance);
        return currencies.flatMap(currency -> Combinators.combine(lines(currency), Arbitraries.integers().between(0, 2),
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100")).ofScale(4),
                Arbitraries.longs().between(1, 5_000_000),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
                        RoundingMode.DOWN, RoundingMode.CEILING))
                .as((lines, kind, percent, fixedMinor, rounding) -> new Case(currency, lines,
                        discount(currency, lines, kind, percent, fixedMinor), rounding)));
    }

    private static Arbitrary<List<LineItem>> lines(Currency currency) {
        Arbitrary<Long> unitMinor = Arbitraries.oneOf(Arbitraries.longs().between(0, 10_000),
                Arbitraries.longs().between(0, 100_000_000), Arbitraries.longs().between(-50_000, -1));
        Arbitrary<BigDecimal> rates = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.3")).ofScale(6),
                Arbitraries.of("0.0725", "0.08625", "0.09375", "0.2", "1").map(BigDecimal::new));
        Arbitrary<LineItem> line = Combinators.combine(Arbitraries.integers().between(1, 50), unitMinor, rates)
                .as((qty, minor, rate) -> LineItem.of("line", qty, Money.ofMinor(minor, currency), rate));
        return line.list().ofMinSize(1).ofMaxSize(15);
    }

    /** None, a percentage, or a fixed amount no larger than what it may discount. */
    private static @Nullable Discount discount(Currency currency, List<LineItem> lines, int kind, BigDecimal percent,
                                               long fixedMinor) {
        long positive = lines.stream().mapToLong(l -> Math.max(0, l.amount().minorUnits())).sum();
        if (kind == 1) {
            return new Discount.Percent(percent);
        }
        if (kind == 2 && positive > 0) {
            return Discount.fixed(Money.ofMinor(1 + fixedMinor % positive, currency));
        }
        return null;
    }

    private final InvoiceCalculator standard = InvoiceCalculator.standard();

    private static InvoiceAmounts calculate(Case c) {
        return new InvoiceCalculator(c.rounding()).calculate(c.currency(), c.lines(), c.discount());
    }

    @Property
    void totalIsSumOfLinesLessDiscountPlusTax(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        Money zero = Money.zero(c.currency());
        Money lines = c.lines().stream().map(LineItem::amount).reduce(zero, Money::plus);

        assertThat(a.subtotal()).isEqualTo(lines);
        assertThat(a.total()).isEqualTo(lines.minus(a.discount()).plus(a.tax()));
        assertThat(a.lines().stream().map(PricedLine::total).reduce(zero, Money::plus)).isEqualTo(a.total());
    }

    @Property
    void allocationNeverCreatesOrLosesAMinorUnit(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        Money zero = Money.zero(c.currency());

        assertThat(a.lines().stream().map(PricedLine::discount).reduce(zero, Money::plus)).isEqualTo(a.discount());
        assertThat(a.lines().stream().map(PricedLine::tax).reduce(zero, Money::plus)).isEqualTo(a.tax());
    }

    @Property
    void eachLinesDiscountIsWithinOneMinorUnitOfItsExactShare(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        BigDecimal base = BigDecimal.valueOf(a.lines().stream()
                .mapToLong(l -> Math.max(0, l.amount().minorUnits())).sum());
        BigDecimal discount = BigDecimal.valueOf(a.discount().minorUnits());
        for (PricedLine line : a.lines()) {
            BigDecimal weight = BigDecimal.valueOf(Math.max(0, line.amount().minorUnits()));
            if (base.signum() == 0) {
                assertThat(line.discount().isZero()).isTrue();
                continue;
            }
            // |share - discount * weight / base| < 1, multiplied through by base to stay exact
            BigDecimal error = BigDecimal.valueOf(line.discount().minorUnits()).multiply(base)
                    .subtract(discount.multiply(weight)).abs();
            assertThat(error).isLessThan(base);
        }
    }

    @Property
    void theDiscountNeverExceedsThePositiveLinesAndCreditLinesTakeNone(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        Money positive = a.lines().stream().map(l -> l.amount().max(Money.zero(c.currency())))
                .reduce(Money.zero(c.currency()), Money::plus);

        assertThat(a.discount().isNegative()).isFalse();
        assertThat(a.discount().isGreaterThan(positive)).isFalse();
        assertThat(a.lines()).filteredOn(l -> l.amount().isNegative()).allMatch(l -> l.discount().isZero());
        assertThat(a.lines()).allMatch(l -> !l.discount().isGreaterThan(l.amount().max(Money.zero(c.currency()))));
    }

    @Property
    void eachLinesTaxIsItsRateTimesItsTaxableAmountRoundedOnce(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        int scale = Money.scaleOf(c.currency());
        for (PricedLine line : a.lines()) {
            BigDecimal exact = line.taxable().amount().multiply(line.item().taxRate());
            assertThat(line.tax().amount()).isEqualTo(exact.setScale(scale, c.rounding()));
        }
    }

    @Property
    void everyAmountIsHeldAtTheCurrencysScale(@ForAll("invoices") Case c) {
        InvoiceAmounts a = calculate(c);
        int scale = Money.scaleOf(c.currency());

        assertThat(List.of(a.subtotal(), a.discount(), a.tax(), a.total()))
                .allMatch(m -> m.amount().scale() == scale && m.currency().equals(c.currency()));
        assertThat(a.lines()).allMatch(l -> l.tax().amount().scale() == scale
                && l.discount().amount().scale() == scale);
    }

    @Property
    void thePercentDiscountIsThePercentOfThePositiveLinesRoundedHalfEven(@ForAll("invoices") Case c) {
        Assume.that(c.discount() instanceof Discount.Percent);
        Discount.Percent p = (Discount.Percent) c.discount();
        InvoiceAmounts a = standard.calculate(c.currency(), c.lines(), c.discount());
        BigDecimal positive = c.lines().stream().map(l -> l.amount().amount().max(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = positive.multiply(p.percent()).divide(BigDecimal.valueOf(100))
                .setScale(Money.scaleOf(c.currency()), RoundingMode.HALF_EVEN);

        assertThat(a.discount().amount()).isEqualTo(expected);
    }
}
