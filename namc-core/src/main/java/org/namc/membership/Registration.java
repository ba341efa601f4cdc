package org.namc.membership;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * What a registration produced. For a new address: the member and the verification token to
 * deliver to them. For an address that already has an account: nothing (the account's owner
 * is notified instead), so the host answers the visitor the same way in both cases and never
 * tells whether an address is registered.
 */
public record Registration(@Nullable MemberId memberId, @Nullable IssuedToken verification) {

    public static Registration alreadyRegistered() {
        return new Registration(null, null);
    }

    /** The token to mail, when an account was created. */
    public Optional<IssuedToken> token() {
        return Optional.ofNullable(verification);
    }
}
