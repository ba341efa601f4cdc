package org.namc.billing.internal;

import java.util.List;
import java.util.Optional;
import org.namc.billing.BillingAccountView;
import org.namc.billing.PaymentMethodSetup;
import org.namc.billing.RemovePaymentMethod;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
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

    /**
     * Opens the account when needed (one unit), then asks the gateway for a setup session outside
     * any unit; each call is a new setup.
     */
    PaymentMethodSetup startSaving(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        BillingAccount account = ctx.unitOfWork().execute(actor, "billing-account.payment-method.setup", ACCOUNT,
                scope -> {
                    scope.resource(member);
                    ctx.requireOwned(actor, ACCOUNT, "update", member, member);
                    return accounts.ensure(member);
                });
        SetupSession setup = ctx.gateway().startSetup(account.gatewayCustomerId(),
                IdempotencyKey.of("setup", member, ctx.ids().newId()));
        return new PaymentMethodSetup(member, setup.setupId(), setup.action());
    }

    /** The member's saved methods, as the gateway holds them; none before an account is opened. */
    List<SavedMethod> savedMethods(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.requireOwned(actor, ACCOUNT, "read", member, member);
        return ctx.accounts().find(member).map(a -> ctx.gateway().savedMethods(a.gatewayCustomerId()))
                .orElse(List.of());
    }

    /**
     * Detaches the method at the gateway (outside any unit: {@code NOT_FOUND} when it is not the
     * member's), then, in a unit, takes it off file when it was the default.
     */
    BillingAccountView removePaymentMethod(Actor actor, RemovePaymentMethod command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .notBlank(command.paymentMethod(), "paymentMethod", 255);
        ctx.validation().validate(command, violations);
        ctx.requireOwned(actor, ACCOUNT, "update", command.member(), command.member());
        BillingAccount account = ctx.accounts().find(command.member())
                .orElseThrow(() -> NamcException.notFound("payment method", command.paymentMethod()));
        String method = command.paymentMethod().strip();
        ctx.gateway().removeMethod(account.gatewayCustomerId(), method);
        return ctx.unitOfWork().execute(actor, "billing-account.payment-method.remove", ACCOUNT, scope -> {
            scope.resource(command.member());
            BillingAccount before = ctx.accounts().find(command.member()).orElseThrow();
            if (!method.equals(before.paymentMethod())) {
                return views.account(before);
            }
            BillingAccount after = ctx.accounts().save(before.withoutPaymentMethod(ctx.now()));
            scope.changed("paymentMethod", before.paymentMethodHint(), null);
            return views.account(after);
        });
    }

    Optional<BillingAccountView> find(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.requireOwned(actor, ACCOUNT, "read", member, member);
        return ctx.accounts().find(member).map(views::account);
    }
}
