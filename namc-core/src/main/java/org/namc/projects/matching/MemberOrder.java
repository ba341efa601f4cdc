package org.namc.projects.matching;

import java.util.Comparator;
import org.namc.shared.domain.MemberId;

/**
 * The tie-break between equal scores: member ids compared as two signed 64-bit halves, most
 * significant first. Spelled out here (rather than left to {@code UUID.compareTo}) because the
 * index compares the halves directly, and every ranking must agree with it.
 */
public final class MemberOrder {
    public static final Comparator<MemberId> ASCENDING = MemberOrder::compare;

    private MemberOrder() {
    }

    public static int compare(MemberId a, MemberId b) {
        return compare(a.value().getMostSignificantBits(), a.value().getLeastSignificantBits(),
                b.value().getMostSignificantBits(), b.value().getLeastSignificantBits());
    }

    static int compare(long highA, long lowA, long highB, long lowB) {
        int high = Long.compare(highA, highB);
        return high != 0 ? high : Long.compare(lowA, lowB);
    }
}
