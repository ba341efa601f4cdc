package org.namc.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.shared.domain.MemberId;
import org.namc.testing.data.MemberBuilder;
import org.namc.testing.inmemory.InMemoryPortal;

/**
 * Puts many verified, active members straight into an in-memory portal's store (registering
 * each through the API would hash a password per member and take minutes). Ids come from a
 * seeded generator so every run holds the same members.
 */
public final class SeededMembers {
    private SeededMembers() {
    }

    /** @param shape dresses member {@code i}'s builder (skills, location, ...) */
    public static List<MemberId> seed(InMemoryPortal portal, int count, long seed,
                                      BiFunction<Integer, MemberBuilder, MemberBuilder> shape) {
        Random random = new Random(seed);
        Instant now = portal.clock().instant();
        List<MemberId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MemberId id = new MemberId(new UUID(random.nextLong(), random.nextLong()));
            MemberBuilder builder = shape.apply(i, MemberBuilder.aMember().withEmail("seeded" + seed + "-" + i
                    + "@members.example"));
            Member member = builder.member(id, now).verifiedEmail(now, RenewalPolicy.standard());
            portal.adapters().members().save(member);
            ids.add(id);
        }
        return ids;
    }
}
