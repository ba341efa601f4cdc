package org.namc.persistence.jpa.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A position in the primary's write-ahead log, as PostgreSQL writes it ({@code 16/B374D848}):
 * where a committed write ends. A replica that has replayed up to it shows that write.
 * Hosts may keep it between requests (e.g. in the session) and hand it back with
 * {@link ReadOnlyQueries#readingAfter}, so that a member's next page shows their own change.
 */
public record WalPosition(String lsn) implements Comparable<WalPosition> {
    private static final Pattern LSN = Pattern.compile("[0-9A-F]{1,8}/[0-9A-F]{1,8}");

    public WalPosition {
        Objects.requireNonNull(lsn, "lsn");
        if (!LSN.matcher(lsn).matches()) {
            throw new IllegalArgumentException("a WAL position is two upper-case hex numbers joined by '/', not '" + lsn + "'");
        }
    }

    /** The position as one unsigned 64-bit number, the way PostgreSQL orders them. */
    public long offset() {
        int slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }

    static WalPosition later(WalPosition a, WalPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(WalPosition other) {
        return Long.compareUnsigned(offset(), other.offset());
    }

    @Override
    public String toString() {
        return lsn;
    }
}
