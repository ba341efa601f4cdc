package org.namc.billing.internal;

import java.util.Optional;
import org.namc.billing.BillingAccountView;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.BillingAccount;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/** A member's payment method on file. */
final class AccountUseCases {
    private static final String ACCOUNT = "billing-account";

    private final BillingContext ctx;
    private final Accounts accounts;
    private final BillingViews views;

    AccountUseCases(BillingContext ctx, Accounts accounts, BillingViews views) {
        this.ctx = ctx;
        this.accounts = accounts;
        this.views = views;
    }

    BillingAccountView setPaymentMethod(Actor actor, SetPaymentMethod command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .notBlank(command.paymentMethod(), "paymentMethod", 255);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "billing-account.payment-method.set", ACCOUNT, scope -> {
            scope.resource(command.member());
            ctx.requireOwned(actor, ACCOUNT, "update", command.member(), command.member());
            BillingAccount before = accounts.ensure(command.member());
            BillingAccount after = ctx.accounts().save(before.withPaymentMethod(command.paymentMethod().strip(),
                    ctx.now()));
            scope.changed("paymentMethod", before.paymentMethodHint(), after.paymentMethodHint());
            return views.account(after);
        });
    }

    Optional<BillingAccountView> find(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.requireOwned(actor, ACCOUNT, "read", member, member);
        return ctx.accounts().find(member).map(views::account);
    }
}
