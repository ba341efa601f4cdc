package org.namc.membership.spi;

import org.namc.shared.domain.Secret;

/**
 * Tells whether a password is known from breaches or lists of common passwords (ASVS 2.1.7).
 * The library's default checks a local list; a host may ask a breach corpus (a k-anonymity
 * range query, say) instead. It sees the NFKC-normalised password and must not keep or log it.
 */
@FunctionalInterface
public interface BreachedPasswords {

    boolean isBreached(Secret password);
}
