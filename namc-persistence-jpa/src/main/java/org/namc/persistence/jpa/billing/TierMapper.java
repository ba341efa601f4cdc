package org.namc.persistence.jpa.billing;

import static org.namc.persistence.jpa.billing.MoneyColumns.amount;
import static org.namc.persistence.jpa.billing.MoneyColumns.amountOrNull;
import static org.namc.persistence.jpa.billing.MoneyColumns.money;
import static org.namc.persistence.jpa.billing.MoneyColumns.moneyOrNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.namc.access.domain.PermissionRule;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.TierId;
import org.namc.billing.domain.TierTerms;
import org.namc.billing.domain.TrialOffer;

/** Copies between the core's {@link MembershipTier} and its {@code membership_tiers} row. */
final class TierMapper {
    private static final String[] NONE = new String[0];

    private TierMapper() {
    }

    /** Everything but the id, the creation time and the version. */
    static void copyInto(MembershipTier tier, MembershipTierJpaEntity entity) {
        TierTerms terms = tier.terms();
        entity.code = tier.code();
        entity.displayName = terms.displayName();
        entity.description = terms.description();
        entity.currency = terms.monthlyPrice().currency().getCurrencyCode();
        entity.priceMonthly = amount(terms.monthlyPrice());
        entity.priceYearly = amountOrNull(terms.yearlyPrice());
        entity.setupFee = amount(terms.setupFee());
        entity.benefits = terms.benefits().toArray(NONE);
        entity.features = terms.features();
        entity.limits = terms.limits();
        entity.permissions = terms.permissions().stream().map(PermissionRule::toString).sorted().toArray(String[]::new);
        entity.priorityLevel = terms.priorityLevel();
        entity.popular = terms.popular();
        entity.sortOrder = terms.sortOrder();
        entity.trialDays = terms.trial().days();
        entity.trialRequiresPaymentMethod = terms.trial().needsPaymentMethod();
        entity.active = tier.isActive();
        entity.updatedAt = tier.updatedAt();
    }

    static MembershipTier toDomain(MembershipTierJpaEntity entity) {
        TierTerms terms = new TierTerms(entity.displayName, entity.description,
                money(entity.priceMonthly, entity.currency), moneyOrNull(entity.priceYearly, entity.currency),
                money(entity.setupFee, entity.currency), List.of(entity.benefits), entity.features, entity.limits,
                Arrays.stream(entity.permissions).map(PermissionRule::parse).collect(Collectors.toSet()),
                entity.priorityLevel, entity.popular, entity.sortOrder,
                new TrialOffer(entity.trialDays, entity.trialRequiresPaymentMethod));
        return MembershipTier.restore(new TierId(entity.id), entity.code, terms, entity.active, entity.createdAt,
                entity.updatedAt, entity.version);
    }
}
