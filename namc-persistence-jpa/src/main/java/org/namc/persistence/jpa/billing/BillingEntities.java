package org.namc.persistence.jpa.billing;

import java.util.List;

/** The JPA entities of this package, for the persistence unit; the entities themselves stay package-private. */
public final class BillingEntities {
    private BillingEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(MembershipTierJpaEntity.class, BillingAccountJpaEntity.class, SubscriptionJpaEntity.class,
                InvoiceJpaEntity.class, PaymentJpaEntity.class, CreditNoteJpaEntity.class,
                CoveredPeriodJpaEntity.class);
    }
}
