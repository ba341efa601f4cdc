package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.BillingStoreData.NOW;

import org.junit.jupiter.api.Test;
import org.namc.billing.domain.BillingAccount;
import org.namc.billing.spi.BillingAccounts;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** What every {@link BillingAccounts} adapter must do. */
public abstract class BillingAccountsContract {

    /** An empty store. */
    protected abstract BillingAccounts accounts();

    protected abstract MemberId existingMember();

    @Test
    void opensAnAccountThenChangesItsPaymentMethodWithVersions() {
        MemberId member = existingMember();
        BillingAccount opened = accounts().save(BillingAccount.open(member, "cus_1", NOW));
        BillingAccount withCard = accounts().save(opened.withPaymentMethod("pm_card_visa", NOW.plusSeconds(1)));

        assertThat(opened.version()).isZero();
        assertThat(withCard.version()).isEqualTo(1);
        assertThat(accounts().find(member)).contains(withCard);
        assertThat(accounts().find(existingMember())).isEmpty();
        assertThat(withCard.paymentMethodHint()).isEqualTo("…visa");
    }

    @Test
    void aStaleVersionOrASecondAccountConflicts() {
        MemberId member = existingMember();
        BillingAccount opened = accounts().save(BillingAccount.open(member, "cus_1", NOW));
        accounts().save(opened.withPaymentMethod("pm_card_visa", NOW));

        assertThatNamcException(() -> accounts().save(opened.withPaymentMethod("pm_card_mastercard", NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThatNamcException(() -> accounts().save(BillingAccount.open(member, "cus_2", NOW)))
                .hasReason(CommonRefusal.CONCURRENT_CHANGE);
    }
}
