package org.namc.membership;

import java.util.List;
import org.namc.shared.domain.Secret;

/** Single-use codes for when the authenticator is lost; only their hashes are kept. */
public record RecoveryCodes(List<Secret> codes) {
    public RecoveryCodes {
        codes = List.copyOf(codes);
    }
}
