package org.namc.projects.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.namc.projects.matching.MatchCriteria;
import org.namc.shared.domain.MemberId;

/**
 * Which members ranking scores for a project: those who may meet its hard requirements
 * (membership in good standing, mandatory certifications held, based inside the service area).
 * The answer must contain every member the {@code MatchEngine} would find eligible; it may hold
 * more (the engine still judges each), never fewer, so rankings do not depend on the adapter.
 * A database adapter filters with its indexes and spares the engine everyone else.
 */
public interface MatchProspects {

    /**
     * @param now   the ranking's instant (standing is judged at it)
     * @param grace how long after expiry a membership still counts (the renewal policy's grace)
     */
    Set<MemberId> prospectsFor(MatchCriteria criteria, Instant now, Duration grace);

    /**
     * Whether {@link #prospectsFor} can name fewer than every member. An adapter that always
     * names everyone answers {@code false}, and ranking then scores its cached index as it is
     * instead of asking for the prospects and rebuilding the index from them on every call.
     */
    default boolean narrows() {
        return true;
    }
}
