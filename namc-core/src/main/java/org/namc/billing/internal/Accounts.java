package org.namc.billing.internal;

import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.membership.domain.Member;
import org.namc.shared.domain.MemberId;

/** Finds a member's billing account, opening it (and their customer at the gateway) on first use. */
final class Accounts {
    private final BillingContext ctx;

    Accounts(BillingContext ctx) {
        this.ctx = ctx;
    }

    BillingAccount ensure(MemberId memberId) {
        return ctx.accounts().find(memberId).orElseGet(() -> open(ctx.member(memberId)));
    }

    private BillingAccount open(Member member) {
        String name = member.profile().firstName() + " " + member.profile().lastName();
        // One customer per member, however often opening is retried.
        String customer = ctx.gateway().createCustomer(new GatewayCustomer(member.id(), member.email(), name),
                IdempotencyKey.of("customer", member.id()));
        return ctx.accounts().save(BillingAccount.open(member.id(), customer, ctx.now()));
    }
}
