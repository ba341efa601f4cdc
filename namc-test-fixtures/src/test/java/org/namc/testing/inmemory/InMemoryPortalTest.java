package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.testing.data.MemberBuilder;

class InMemoryPortalTest {

    @Test
    void theBuilderNamesEveryMissingPortAtOnce() {
        assertThatThrownBy(() -> NamcPortal.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("clock", "ids", "transactions", "auditTrail", "members", "securityTokens",
                        "passwordHasher", "secretCipher", "roles", "roleGrants", "membershipTiers",
                        "billingAccounts", "subscriptions", "invoices", "invoiceNumbers", "payments", "creditNotes",
                        "coveredPeriods", "paymentGateway", "billingNotices")
                .hasMessageNotContainingAny("purchasables", "coursePayments", "eventPaymentReceipts");
    }

    @Test
    void oneLineGivesAWorkingPortal() {
        InMemoryPortal runtime = InMemoryPortal.create();
        MemberBuilder member = MemberBuilder.aMember();
        member.registerVerified(runtime.portal().membership());

        assertThat(runtime.portal().membership().logIn(new LogIn(member.email(), member.password())))
                .isInstanceOf(LoginResult.Authenticated.class);
    }
}
