package org.namc.billing.internal;

import org.namc.billing.domain.BillingRefusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.billing.DefineTier;
import org.namc.billing.ReviseTier;
import org.namc.billing.TierDetails;
import org.namc.billing.TierView;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.TierId;
import org.namc.billing.domain.TierTerms;
import org.namc.billing.domain.TrialOffer;
import org.namc.membership.domain.Member;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Defining, revising and listing membership tiers. */
final class TierUseCases {
    private static final int MEMBER_BATCH = 500;

    private final BillingContext ctx;
    private final BillingViews views;

    TierUseCases(BillingContext ctx, BillingViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    TierView define(Actor actor, DefineTier command) {
        Violations violations = Violations.collect().notBlank(command.code(), "code", 50)
                .required(command.details(), "details");
        @Nullable String code = command.code() == null ? null : violations.capture("code",
                () -> MembershipTier.normaliseCode(command.code()));
        TierTerms terms = terms(command.details(), violations);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "tier.define", BillingContext.TIER, scope -> {
            scope.resource(code);
            ctx.requireOnAll(actor, BillingContext.TIER, "create");
            if (ctx.tiers().findByCode(code).isPresent()) {
                throw NamcException.refused(BillingRefusal.TIER_CODE_TAKEN, "a tier with code " + code + " already exists");
            }
            MembershipTier tier = ctx.tiers().save(MembershipTier.define(new TierId(ctx.ids().newId()), code, terms,
                    ctx.now()));
            scope.changed("monthlyPrice", null, terms.monthlyPrice()).changed("yearlyPrice", null, terms.yearlyPrice())
                    .changed("permissions", null, ruleTexts(terms.permissions()));
            return views.tier(tier);
        });
    }

    TierView revise(Actor actor, ReviseTier command) {
        Violations violations = Violations.collect().notBlank(command.code(), "code", 50)
                .required(command.details(), "details");
        TierTerms terms = terms(command.details(), violations);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "tier.revise", BillingContext.TIER, scope -> {
            ctx.requireOnAll(actor, BillingContext.TIER, "update");
            MembershipTier before = ctx.tier(command.code());
            scope.resource(before.code());
            MembershipTier after = ctx.tiers().save(before.revised(terms, command.active(), ctx.now()));
            TierTerms old = before.terms();
            scope.changed("monthlyPrice", old.monthlyPrice(), terms.monthlyPrice())
                    .changed("yearlyPrice", old.yearlyPrice(), terms.yearlyPrice())
                    .changed("setupFee", old.setupFee(), terms.setupFee())
                    .changed("priorityLevel", old.priorityLevel(), terms.priorityLevel())
                    .changed("permissions", ruleTexts(old.permissions()), ruleTexts(terms.permissions()))
                    .changed("trial", old.trial(), terms.trial())
                    .changed("active", before.isActive(), after.isActive());
            if (!old.permissions().equals(terms.permissions()) || old.priorityLevel() != terms.priorityLevel()) {
                scope.afterCommit(() -> accessChanged(after.code()));
            }
            return views.tier(after);
        });
    }

    List<TierView> onSale(Actor actor) {
        ctx.requireOnAll(actor, BillingContext.TIER, "read");
        return ctx.tiers().all().stream().filter(MembershipTier::isActive)
                .sorted(Comparator.comparingInt((MembershipTier t) -> t.terms().sortOrder())
                        .thenComparing(MembershipTier::code))
                .map(views::tier).toList();
    }

    TierView find(Actor actor, String code) {
        Violations.collect().notBlank(code, "code", 50).throwIfAny();
        ctx.requireOnAll(actor, BillingContext.TIER, "read");
        return views.tier(ctx.tier(code));
    }

    /** Members holding the tier have compiled its old rules into their permissions: recompile them. */
    private void accessChanged(String code) {
        for (int page = 0; ; page++) {
            Page<Member> members = ctx.members().list(new PageRequest(page, MEMBER_BATCH));
            members.items().stream().filter(m -> code.equals(m.membership().tier()))
                    .forEach(m -> ctx.authorizer().subjectChanged(m.id()));
            if (!members.hasNext()) {
                return;
            }
        }
    }

    private static @Nullable TierTerms terms(@Nullable TierDetails details, Violations violations) {
        if (details == null) {
            return null;
        }
        Set<PermissionRule> rules = new HashSet<>();
        List<String> permissions = details.permissions() == null ? List.of() : details.permissions();
        for (int i = 0; i < permissions.size(); i++) {
            String text = permissions.get(i);
            @Nullable PermissionRule rule = text == null ? null
                    : violations.capture("details.permissions[" + i + "]", () -> PermissionRule.parse(text));
            violations.required(text, "details.permissions[" + i + "]");
            if (rule != null) {
                rules.add(rule);
            }
        }
        @Nullable Money setupFee = details.setupFee() != null || details.monthlyPrice() == null ? details.setupFee()
                : Money.zero(details.monthlyPrice().currency());
        return violations.capture("details", () -> new TierTerms(details.displayName(), details.description(),
                details.monthlyPrice(), details.yearlyPrice(), setupFee, details.benefits(), details.features(),
                details.limits(), details.permissions() == null ? null : rules, details.priorityLevel(),
                details.popular(), details.sortOrder(), details.trial() == null ? TrialOffer.NONE : details.trial()));
    }

    private static List<String> ruleTexts(Set<PermissionRule> rules) {
        List<String> texts = new ArrayList<>(rules.stream().map(PermissionRule::toString).toList());
        texts.sort(null);
        return texts;
    }
}
