package org.namc.billing;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PostalAddress;

/** The member's billing details as an invoice prints them. */
public record BilledTo(MemberId member, String name, @Nullable String company, EmailAddress email,
                       @Nullable PostalAddress address) {
}
