package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.line;
import static org.namc.billing.domain.BillingTestData.usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.assertj.core.api.Assertions;

class InvoiceCalculatorTest {
    private static final Currency USD = Currency.getInstance("USD");
    private final InvoiceCalculator calculator = InvoiceCalculator.standard();

    @Test
    void linesAreTaxedOneByOneAndTheTotalAddsUp() {
        InvoiceAmounts amounts = calculator.calculate(USD, List.of(
                line("Gold membership", 1, "25.00", "0.0725"),
                line("Workshop seats", 3, "19.99", "0.0725")), null);

        assertThat(amounts.subtotal()).isEqualTo(usd("84.97"));
        // 25.00 * 0.0725 = 1.8125 -> 1.81; 59.97 * 0.0725 = 4.347825 -> 4.35
        assertThat(amounts.lines()).extracting(PricedLine::tax).containsExactly(usd("1.81"), usd("4.35"));
        assertThat(amounts.tax()).isEqualTo(usd("6.16"));
        assertThat(amounts.total()).isEqualTo(usd("91.13"));
    }

    @Test
    void aPercentDiscountIsAllocatedByAmountAndTheSharesAddUpToTheCent() {
        InvoiceAmounts amounts = calculator.calculate(USD, List.of(
                line("A", 1, "10.00", "0"), line("B", 1, "10.00", "0"), line("C", 1, "10.00", "0")),
                Discount.percent("10"));

        assertThat(amounts.discount()).isEqualTo(usd("3.00"));
        assertThat(amounts.lines()).extracting(PricedLine::discount)
                .containsExactly(usd("1.00"), usd("1.00"), usd("1.00"));

        InvoiceAmounts thirds = calculator.calculate(USD, List.of(
                line("A", 1, "1.00", "0"), line("B", 1, "1.00", "0"), line("C", 1, "1.00", "0")),
                Discount.fixed(usd("1.00")));
        // 1.00 in thirds: 0.34 + 0.33 + 0.33, the leftover cent to the first of the equal remainders
        assertThat(thirds.lines()).extracting(PricedLine::discount)
                .containsExactly(usd("0.34"), usd("0.33"), usd("0.33"));
        assertThat(thirds.total()).isEqualTo(usd("2.00"));
    }

    @Test
    void theDiscountComesOffBeforeTax() {
        InvoiceAmounts amounts = calculator.calculate(USD, List.of(line("Dues", 1, "100.00", "0.10")),
                Discount.fixed(usd("20.00")));

        assertThat(amounts.lines().get(0).taxable()).isEqualTo(usd("80.00"));
        assertThat(amounts.tax()).isEqualTo(usd("8.00"));
        assertThat(amounts.total()).isEqualTo(usd("88.00"));
    }

    @Test
    void aPercentDiscountRoundsHalfEvenWhileTaxRoundsHalfUpByDefault() {
        // 12.5% of 0.20 = 0.025 -> 0.02 (half-even); tax 0.18 * 0.25 = 0.045 -> 0.05 (half-up)
        InvoiceAmounts amounts = calculator.calculate(USD, List.of(line("Pin", 1, "0.20", "0.25")),
                Discount.percent("12.5"));

        assertThat(amounts.discount()).isEqualTo(usd("0.02"));
        assertThat(amounts.tax()).isEqualTo(usd("0.05"));
        assertThat(new InvoiceCalculator(RoundingMode.HALF_EVEN).calculate(USD,
                List.of(line("Pin", 1, "0.20", "0.25")), Discount.percent("12.5")).tax()).isEqualTo(usd("0.04"));
    }

    @Test
    void amountsKeepTheCurrencysScale() {
        Currency yen = Currency.getInstance("JPY");
        Currency dinar = Currency.getInstance("BHD");
        InvoiceAmounts jpy = calculator.calculate(yen, List.of(
                LineItem.of("Seminar", 3, Money.of("1999", "JPY"), new BigDecimal("0.10"))), Discount.percent("5"));
        InvoiceAmounts bhd = calculator.calculate(dinar, List.of(
                LineItem.of("Seminar", 1, Money.of("12.345", "BHD"), new BigDecimal("0.10"))), null);

        assertThat(jpy.discount()).isEqualTo(Money.of("300", "JPY")); // 5% of 5997 = 299.85
        assertThat(jpy.tax()).isEqualTo(Money.of("570", "JPY"));     // 10% of 5697 = 569.7
        assertThat(jpy.total().amount().scale()).isZero();
        assertThat(bhd.tax()).isEqualTo(Money.of("1.235", "BHD"));   // 1.2345 -> 1.235
        assertThat(bhd.total()).isEqualTo(Money.of("13.580", "BHD"));
    }

    @Test
    void creditLinesTakeNoDiscountAndMayMakeTheTotalNegative() {
        InvoiceAmounts amounts = calculator.calculate(USD, List.of(
                line("Unused time on Gold", 1, "-30.00", "0"), line("Remaining time on Silver", 1, "10.00", "0")),
                Discount.percent("50"));

        assertThat(amounts.lines()).extracting(PricedLine::discount).containsExactly(usd("0.00"), usd("5.00"));
        assertThat(amounts.total()).isEqualTo(usd("-25.00"));
    }

    @Test
    void aFixedDiscountMayNotExceedWhatItDiscountsNorBeInAnotherCurrency() {
        List<LineItem> lines = List.of(line("Dues", 1, "10.00", "0"));
        Assertions.assertThatThrownBy(() -> calculator.calculate(USD, lines, Discount.fixed(usd("10.01"))))
                .isInstanceOfSatisfying(NamcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule()).containsExactly("discount:range");
                });
        Assertions.assertThatThrownBy(() -> calculator.calculate(USD, lines, Discount.fixed(Money.of("1", "JPY"))))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violatedFields())
                        .containsExactly("discount"));
        Assertions.assertThatThrownBy(() -> calculator.calculate(Currency.getInstance("EUR"), lines, null))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violatedFields())
                        .containsExactly("lines[0].unitPrice"));
    }

    @Test
    void anInvoiceWithoutLinesIsAllZero() {
        assertThat(calculator.calculate(USD, List.of(), Discount.percent("10")))
                .isEqualTo(InvoiceAmounts.empty(USD));
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() {
        InvoiceAmounts good = calculator.calculate(USD, List.of(line("Dues", 1, "10.00", "0.1")), null);
        Assertions.assertThatThrownBy(() -> new InvoiceAmounts(USD, good.lines(), good.subtotal(), good.discount(),
                good.tax(), good.total().plus(usd("0.01")))).isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> new InvoiceAmounts(USD, good.lines(), good.subtotal(), good.discount(),
                usd("0.00"), good.subtotal())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesRefuseBadQuantitiesAndRates() {
        Assertions.assertThatThrownBy(() -> line("Dues", 0, "10.00", "1.5"))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violatedFields())
                        .containsExactlyInAnyOrder("quantity", "taxRate"));
        Assertions.assertThatThrownBy(() -> line("Dues", 1, "10.00", "0.0000001"))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule()).containsExactly("scale"));
    }
}
