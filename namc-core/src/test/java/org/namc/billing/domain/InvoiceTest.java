package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.MEMBER;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.invoiceId;
import static org.namc.billing.domain.BillingTestData.line;
import static org.namc.billing.domain.BillingTestData.paymentId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class InvoiceTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = at("2026-03-01T10:00:00Z");
    private static final InvoiceNumber NUMBER = new InvoiceNumber(NumberSeries.INVOICE, 2026, 123);

    private final InvoiceCalculator calculator = InvoiceCalculator.standard();

    private Invoice draft(LineItem... lines) {
        return Invoice.draft(invoiceId(1), MEMBER, new InvoicePurpose.Manual(), List.of(lines), null,
                calculator.calculate(USD, List.of(lines), null), 30, NOW);
    }

    private static void illegal(ThrowingCallable call, BillingRefusal reason) {
        Assertions.assertThatThrownBy(call).isInstanceOfSatisfying(NamcException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void aDraftIsRevisedThenIssuedWithItsNumberAndDueDate() {
        Invoice draft = draft(line("Dues", 1, "10.00", "0"));
        List<LineItem> lines = List.of(line("Dues", 2, "10.00", "0"));
        Invoice revised = draft.revised(lines, null, calculator.calculate(USD, lines, null), 14, NOW);

        Invoice open = revised.issued(NUMBER, NOW);

        assertThat(draft.number()).isNull();
        assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(open.issuedNumber().toString()).isEqualTo("NAMC-2026-000123");
        assertThat(open.dueAt()).isEqualTo(at("2026-03-15T10:00:00Z"));
        assertThat(open.total().toString()).isEqualTo("20.00 USD");
    }

    @Test
    void anIssuedInvoiceIsImmutableExceptForItsStatus() {
        Invoice open = draft(line("Dues", 1, "10.00", "0")).issued(NUMBER, NOW);
        List<LineItem> lines = List.of(line("Dues", 1, "1.00", "0"));

        illegal(() -> open.revised(lines, null, calculator.calculate(USD, lines, null), 30, NOW), BillingRefusal.INVOICE_NOT_DRAFT);
        illegal(() -> open.issued(NUMBER, NOW), BillingRefusal.INVOICE_NOT_DRAFT);
        Invoice paid = open.paid(paymentId(1), NOW);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.lines()).isEqualTo(open.lines());
        assertThat(paid.amounts()).isEqualTo(open.amounts());
        illegal(() -> paid.voided(NOW), BillingRefusal.INVOICE_NOT_OPEN);
        illegal(() -> paid.paid(paymentId(2), NOW), BillingRefusal.INVOICE_NOT_PAYABLE);
    }

    @Test
    void anOpenInvoiceIsVoidedOrWrittenOffAndAWrittenOffOneCanStillBePaid() {
        Invoice open = draft(line("Dues", 1, "10.00", "0")).issued(NUMBER, NOW);

        assertThat(open.voided(NOW).status()).isEqualTo(InvoiceStatus.VOID);
        illegal(() -> open.voided(NOW).paid(paymentId(1), NOW), BillingRefusal.INVOICE_NOT_PAYABLE);
        Invoice writtenOff = open.uncollectible(NOW);
        assertThat(writtenOff.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        assertThat(writtenOff.paid(paymentId(1), NOW).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aDraftWithoutLinesCannotBeIssuedNorADraftPaid() {
        illegal(() -> draft().issued(NUMBER, NOW), BillingRefusal.INVOICE_EMPTY);
        illegal(() -> draft(line("Dues", 1, "10.00", "0")).paid(paymentId(1), NOW), BillingRefusal.INVOICE_NOT_PAYABLE);
    }

    @Test
    void theFiguresMustBelongToTheInvoicesLines() {
        List<LineItem> other = List.of(line("Other", 1, "5.00", "0"));
        Assertions.assertThatThrownBy(() -> Invoice.draft(invoiceId(2), MEMBER, new InvoicePurpose.Manual(),
                        List.of(line("Dues", 1, "10.00", "0")), null, calculator.calculate(USD, other, null), 30, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersFormatAndParseBothSeries() {
        assertThat(InvoiceNumber.parse("NAMC-2026-000123")).isEqualTo(NUMBER);
        assertThat(new InvoiceNumber(NumberSeries.CREDIT_NOTE, 2027, 1_234_567).toString())
                .isEqualTo("NAMC-CN-2027-1234567");
        assertThat(InvoiceNumber.parse("NAMC-CN-2027-1234567").series()).isEqualTo(NumberSeries.CREDIT_NOTE);
        Assertions.assertThatThrownBy(() -> InvoiceNumber.parse("INV-2026-1"))
                .isInstanceOf(NamcException.class);
        assertThat(new InvoiceNumber(NumberSeries.INVOICE, 2026, 9))
                .isLessThan(new InvoiceNumber(NumberSeries.INVOICE, 2026, 10))
                .isLessThan(new InvoiceNumber(NumberSeries.INVOICE, 2027, 1));
    }
}
