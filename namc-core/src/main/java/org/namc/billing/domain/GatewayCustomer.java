package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;

/** The member as the payment gateway's customer record needs them. */
public record GatewayCustomer(MemberId member, EmailAddress email, String name) {
    public GatewayCustomer {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}
