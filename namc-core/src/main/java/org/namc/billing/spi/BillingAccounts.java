package org.namc.billing.spi;

import java.util.Optional;
import org.namc.billing.domain.BillingAccount;
import org.namc.shared.domain.MemberId;

/** Members' billing accounts, one per member. */
public interface BillingAccounts {

    /** Inserts (version 0) or updates when the version matches; {@code CONFLICT} otherwise. */
    BillingAccount save(BillingAccount account);

    Optional<BillingAccount> find(MemberId member);
}
