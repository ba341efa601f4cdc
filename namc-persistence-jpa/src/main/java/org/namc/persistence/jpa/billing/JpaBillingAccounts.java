package org.namc.persistence.jpa.billing;

import org.namc.shared.domain.CommonRefusal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.spi.BillingAccounts;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/** Billing accounts in {@code billing_accounts}, keyed by member. */
public final class JpaBillingAccounts implements BillingAccounts {
    private final JpaTransactions transactions;

    public JpaBillingAccounts(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public BillingAccount save(BillingAccount account) {
        UUID member = account.member().value();
        return transactions.withEntityManager(em -> account.atVersion(RowWrites.saveVersioned(em,
                BillingAccountJpaEntity.class, member, account.version(), "the billing account of " + member,
                () -> new BillingAccountJpaEntity(member, account.gatewayCustomerId(), account.createdAt()),
                row -> {
                    // A second account opened concurrently for the member names another customer.
                    if (!row.gatewayCustomerId.equals(account.gatewayCustomerId())) {
                        throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "the billing account of " + member + " was opened concurrently");
                    }
                    row.paymentMethod = account.paymentMethod();
                    row.updatedAt = account.updatedAt();
                })));
    }

    @Override
    public Optional<BillingAccount> find(MemberId member) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(BillingAccountJpaEntity.class,
                        member.value(), transactions.lockForChange()))
                .map(row -> new BillingAccount(new MemberId(row.userId), row.gatewayCustomerId, row.paymentMethod,
                        row.createdAt, row.updatedAt, row.version)));
    }
}
