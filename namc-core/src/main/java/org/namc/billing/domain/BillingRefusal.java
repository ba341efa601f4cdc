package org.namc.billing.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why billing refused; codes {@code billing.*}. */
public enum BillingRefusal implements RefusalReason {
    EMAIL_NOT_VERIFIED(ErrorCode.ILLEGAL_STATE, "The member must verify their email address before subscribing."),
    TIER_NOT_ON_SALE(ErrorCode.ILLEGAL_STATE, "The membership tier is not on sale."),
    TIER_CODE_TAKEN(ErrorCode.CONFLICT, "Another membership tier already holds this code."),
    ALREADY_SUBSCRIBED(ErrorCode.CONFLICT, "The member already has a subscription; change or cancel it instead."),
    PAYMENT_METHOD_MISSING(ErrorCode.ILLEGAL_STATE, "No payment method is on file to charge."),
    PAYMENT_CONFIRMING(ErrorCode.ILLEGAL_STATE, "A payment awaits the gateway's confirmation; wait for it to settle."),
    SUBSCRIPTION_NOT_RENEWABLE(ErrorCode.ILLEGAL_STATE, "Only an active or trialing subscription with nothing outstanding renews."),
    SUBSCRIPTION_NOT_COLLECTING(ErrorCode.ILLEGAL_STATE, "The subscription is not collecting this invoice."),
    SUBSCRIPTION_NOT_CHANGEABLE(ErrorCode.ILLEGAL_STATE, "Only an active or trialing subscription with nothing outstanding and not set to end changes tier."),
    SUBSCRIPTION_ENDED(ErrorCode.ILLEGAL_STATE, "The subscription has already ended."),
    SUBSCRIPTION_NOT_ENDING(ErrorCode.ILLEGAL_STATE, "The subscription is not set to end with its period."),
    SUBSCRIPTION_NOT_INCOMPLETE(ErrorCode.ILLEGAL_STATE, "Only an incomplete subscription expires."),
    SUBSCRIPTION_NOT_TRIALING(ErrorCode.ILLEGAL_STATE, "The subscription is not in its trial."),
    INVOICE_NOT_DRAFT(ErrorCode.ILLEGAL_STATE, "The invoice is issued and can no longer be revised."),
    INVOICE_EMPTY(ErrorCode.ILLEGAL_STATE, "An invoice needs at least one line to be issued."),
    INVOICE_NOT_PAYABLE(ErrorCode.ILLEGAL_STATE, "The invoice is not open for payment (paid, void or uncollectible)."),
    INVOICE_NOT_OPEN(ErrorCode.ILLEGAL_STATE, "Only an open invoice can be voided or written off."),
    INVOICE_FOLLOWS_SUBSCRIPTION(ErrorCode.ILLEGAL_STATE, "A subscription's invoice follows its subscription; change or cancel the subscription."),
    PAYMENT_NOT_REFUNDABLE(ErrorCode.ILLEGAL_STATE, "Only a succeeded payment can be refunded."),
    PAYMENT_ALREADY_SETTLED(ErrorCode.ILLEGAL_STATE, "The payment is already settled."),
    PAYMENT_NOT_PROCESSING(ErrorCode.ILLEGAL_STATE, "Only a payment being processed can be taken back unsent."),
    REFUND_IN_PROGRESS(ErrorCode.ILLEGAL_STATE, "A refund of this payment is being processed; try again when it is done."),
    REFUND_NOT_PENDING(ErrorCode.ILLEGAL_STATE, "The refund is not the one being processed."),
    REFUND_ALREADY_SETTLED(ErrorCode.ILLEGAL_STATE, "The refund was settled before."),
    INVOICE_NOT_PAID(ErrorCode.ILLEGAL_STATE, "Only a paid invoice has a receipt."),
    INVOICE_NOT_ISSUED(ErrorCode.ILLEGAL_STATE, "The invoice was never issued; it has a document once issued."),
    CHECKOUT_SESSION_CLOSED(ErrorCode.ILLEGAL_STATE, "The checkout session is not open."),
    GATEWAY_CREDENTIALS_REFUSED(ErrorCode.ILLEGAL_STATE, "The payment gateway refused the portal's API key; check the configured key."),
    GATEWAY_REFUSED(ErrorCode.ILLEGAL_STATE, "The payment gateway refused the request."),
    REFUND_REJECTED(ErrorCode.ILLEGAL_STATE, "The payment gateway refused the refund."),
    PLACE_NOT_HELD(ErrorCode.ILLEGAL_STATE, "The buyer holds no place (enrolment or seat) to pay for."),
    PLACE_AWAITS_PAYMENT(ErrorCode.ILLEGAL_STATE, "The enrolment or seat already awaits a payment."),
    PLACE_NOT_AWAITING_PAYMENT(ErrorCode.ILLEGAL_STATE, "The registration does not await a payment."),
    PLACE_HOLD_EXPIRED(ErrorCode.ILLEGAL_STATE, "The seat's payment hold expired and the seat is no longer reserved."),
    PLACE_OF_ANOTHER_MEMBER(ErrorCode.CONFLICT, "The registration belongs to another member."),
    TRIAL_ALREADY_USED(ErrorCode.ILLEGAL_STATE, "The member already had the trial of this tier."),
    SELF_EXTENSION(ErrorCode.FORBIDDEN, "No one extends their own membership."),
    NO_MEMBERSHIP_TERM(ErrorCode.ILLEGAL_STATE, "The member has no membership term to extend yet.");

    private final ErrorCode errorCode;
    private final String meaning;

    BillingRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("billing", this);
    }

    @Override
    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
