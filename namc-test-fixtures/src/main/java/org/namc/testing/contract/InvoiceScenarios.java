package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.billing.domain.BillingRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.namc.access.GrantRole;
import org.namc.billing.DraftInvoice;
import org.namc.billing.InvoiceLine;
import org.namc.billing.InvoiceView;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.ReviseDraft;
import org.namc.billing.domain.Discount;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.NumberSeries;
import org.namc.billing.domain.PricedLine;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** Hand-written invoices: drafts, discounts and tax, issuing with gap-free numbers, voiding and writing off. */
public abstract class InvoiceScenarios extends BillingScenarioSupport {
    private static final InvoiceLine WORKSHOP = new InvoiceLine("Safety workshop seat", 2, usd("45.00"),
            new BigDecimal("0.0725"));
    private static final InvoiceLine HARD_HAT = new InvoiceLine("Hard hat", 1, usd("19.99"), new BigDecimal("0.0725"));

    private Actor finance() {
        MemberId staff = member();
        access.grantRole(Actor.system(), new GrantRole(staff, "FINANCE", null));
        return Actor.member(staff);
    }

    @Test
    void financeDraftsRevisesAndIssuesAnInvoiceTheMemberPays() {
        Actor finance = finance();
        MemberId ana = member();

        InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(ana, "USD", List.of(WORKSHOP, HARD_HAT),
                Discount.percent("10"), 30));

        // 10% of 109.99 = 11.00 (half-even), split 9.00 / 2.00; tax 7.25% of 81.00 and of 17.99
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.number()).isNull();
        assertThat(draft.amounts().discount()).isEqualTo(usd("11.00"));
        assertThat(draft.amounts().lines()).extracting(PricedLine::discount).containsExactly(usd("9.00"), usd("2.00"));
        assertThat(draft.amounts().lines()).extracting(PricedLine::tax).containsExactly(usd("5.87"), usd("1.30"));
        assertThat(draft.total()).isEqualTo(usd("106.16"));

        InvoiceView revised = billing.reviseDraft(finance, new ReviseDraft(draft.id(), List.of(WORKSHOP),
                Discount.percent("10"), 14));
        InvoiceView issued = billing.issueInvoice(finance, draft.id());

        assertThat(revised.total()).isEqualTo(usd("86.87"));
        assertThat(issued.number()).isEqualTo("NAMC-2026-000001");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(issued.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
        assertThatNamcException(() -> billing.reviseDraft(finance, new ReviseDraft(draft.id(), List.of(HARD_HAT),
                null, 30))).hasReason(BillingRefusal.INVOICE_NOT_DRAFT);
        assertThat(billing.invoice(Actor.member(ana), draft.id())).isEqualTo(issued);
        PaymentOutcome paid = billing.payInvoice(Actor.member(ana), new PayInvoice(draft.id(), VISA));
        assertThat(paid.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.invoice().amounts()).isEqualTo(issued.amounts());
    }

    @Test
    void membersReadTheirOwnInvoicesOnlyAndDraftNone() {
        Actor finance = finance();
        MemberId ana = member();
        MemberId bo = member();
        InvoiceView draft = billing.draftInvoice(finance, new DraftInvoice(ana, "USD", List.of(HARD_HAT), null, 30));

        assertThatNamcException(() -> billing.invoice(Actor.member(bo), draft.id())).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> billing.draftInvoice(Actor.member(ana), new DraftInvoice(ana, "USD",
                List.of(HARD_HAT), null, 30))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> billing.issueInvoice(Actor.member(ana), draft.id()))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(billing.invoicesOf(Actor.member(ana), ana, org.namc.shared.domain.PageRequest.first(10)).items())
                .extracting(InvoiceView::id).containsExactly(draft.id());
    }

    @Test
    void aBadDraftNamesEveryBrokenFieldAndStoresNothing() {
        Actor finance = finance();
        MemberId ana = member();
        int audited = billingFixture.fixture().auditRecords().size();

        assertThatNamcException(() -> billing.draftInvoice(finance, new DraftInvoice(ana, "XYZ",
                List.of(HARD_HAT, new InvoiceLine(" ", 0, usd("1.00"), new BigDecimal("2"))), null, 400)))
                .hasCode(ErrorCode.VALIDATION_FAILED)
                .hasViolation("currency", "iso-4217")
                .hasViolation("lines[1].description", "required")
                .hasViolation("lines[1].quantity", "range")
                .hasViolation("lines[1].taxRate", "range")
                .hasViolation("daysUntilDue", "range");
        assertThatNamcException(() -> billing.draftInvoice(finance, new DraftInvoice(ana, "USD",
                List.of(HARD_HAT, new InvoiceLine("Credit", 1, usd("-25.00"), BigDecimal.ZERO)), null, 30)))
                .hasViolation("lines", "non-negative-total");

        assertThat(invoicesOf(ana)).isEmpty();
        assertThat(billingFixture.fixture().auditRecords()).hasSize(audited);
    }

    @Test
    void anOpenInvoiceIsVoidedOrWrittenOffAndAWrittenOffOneCanStillBePaid() {
        Actor finance = finance();
        MemberId ana = member();
        InvoiceView a = billing.issueInvoice(finance, billing.draftInvoice(finance,
                new DraftInvoice(ana, "USD", List.of(HARD_HAT), null, 30)).id());
        InvoiceView b = billing.issueInvoice(finance, billing.draftInvoice(finance,
                new DraftInvoice(ana, "USD", List.of(WORKSHOP), null, 30)).id());

        assertThat(billing.voidInvoice(finance, a.id()).status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(billing.writeOffInvoice(finance, b.id()).status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        assertThatNamcException(() -> billing.payInvoice(Actor.member(ana), new PayInvoice(a.id(), VISA)))
                .hasReason(BillingRefusal.INVOICE_NOT_PAYABLE);
        assertThat(billing.payInvoice(Actor.member(ana), new PayInvoice(b.id(), VISA)).invoice().status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThatNamcException(() -> billing.voidInvoice(finance, b.id())).hasReason(BillingRefusal.INVOICE_NOT_OPEN);
    }

    @Test
    void aSubscriptionsInvoiceFollowsItsSubscriptionNotAHand() {
        MemberId ana = memberPaying(VISA);
        subscribed(ana, "GOLD");

        assertThatNamcException(() -> billing.voidInvoice(Actor.system(), invoicesOf(ana).get(0).id()))
                .hasReason(BillingRefusal.INVOICE_FOLLOWS_SUBSCRIPTION);
    }

    /**
     * How many invoices eight threads issue at once, a multiple of eight: in memory 10,000; a
     * database bundle may ask for fewer, each issuance being a pair of real transactions.
     */
    protected int concurrentIssuances() {
        return 10_000;
    }

    @Test
    void eightThreadsIssuingInvoicesAtOnceGetGapFreeNumbers() throws Exception {
        MemberId ana = member();
        int threads = 8;
        int each = concurrentIssuances() / threads;

        List<List<String>> perThread = Concurrently.run(threads, () -> {
            List<String> numbers = new ArrayList<>(each);
            for (int i = 0; i < each; i++) {
                InvoiceView draft = billing.draftInvoice(Actor.system(),
                        new DraftInvoice(ana, "USD", List.of(HARD_HAT), null, 30));
                numbers.add(billing.issueInvoice(Actor.system(), draft.id()).number());
            }
            return numbers;
        });

        List<Long> sequences = perThread.stream().flatMap(List::stream).map(InvoiceNumber::parse)
                .peek(n -> assertThat(n.series()).isEqualTo(NumberSeries.INVOICE))
                .peek(n -> assertThat(n.year()).isEqualTo(2026))
                .map(InvoiceNumber::sequence).sorted().toList();
        assertThat(sequences).hasSize(threads * each)
                .isEqualTo(LongStream.rangeClosed(1, threads * each).boxed().toList());
    }
}
