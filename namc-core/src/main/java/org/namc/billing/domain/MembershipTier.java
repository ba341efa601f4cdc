package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.namc.access.domain.TierAccess;
import org.namc.shared.domain.NamcException;

/**
 * A membership tier members subscribe to. Its {@code code} is what a member's membership names
 * as its tier. Changing the terms never touches invoices already issued: those carry their own
 * lines and prices.
 */
public final class MembershipTier {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,49}");

    private final TierId id;
    private final String code;
    private final TierTerms terms;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private MembershipTier(TierId id, String code, TierTerms terms, boolean active, Instant createdAt,
                           Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static MembershipTier define(TierId id, String code, TierTerms terms, Instant now) {
        return new MembershipTier(id, normaliseCode(code), terms, true, now, now, 0);
    }

    /** Rebuilds a stored tier; for adapters only. */
    public static MembershipTier restore(TierId id, String code, TierTerms terms, boolean active, Instant createdAt,
                                         Instant updatedAt, long version) {
        return new MembershipTier(id, normaliseCode(code), terms, active, createdAt, updatedAt, version);
    }

    /** Upper-cased and checked: letters, digits, {@code _} and {@code -}, at most 50. */
    public static String normaliseCode(String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normal).matches()) {
            throw NamcException.invalid("value", ViolationRule.FORMAT,
                    "must be 1 to 50 letters, digits, _ or -, starting with a letter or digit");
        }
        return normal;
    }

    public MembershipTier revised(TierTerms newTerms, boolean nowActive, Instant now) {
        return new MembershipTier(id, code, newTerms, nowActive, createdAt, now, version);
    }

    public MembershipTier atVersion(long storedVersion) {
        return new MembershipTier(id, code, terms, active, createdAt, updatedAt, storedVersion);
    }

    /** What the tier confers in access control. */
    public TierAccess access() {
        return new TierAccess(code, terms.priorityLevel(), terms.permissions());
    }

    public TierId id() {
        return id;
    }

    public String code() {
        return code;
    }

    public TierTerms terms() {
        return terms;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipTier other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MembershipTier[" + code + ", v" + version + "]";
    }
}
