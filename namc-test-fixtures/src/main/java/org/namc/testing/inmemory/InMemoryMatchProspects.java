package org.namc.testing.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.spi.MatchProspects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Every live member is a prospect: in memory there is no index to spare the engine anything,
 * and the widest answer is the reference the database adapters' pre-filters are compared to.
 * It does not narrow, so ranking keeps scoring its cached index and never asks it.
 */
public final class InMemoryMatchProspects implements MatchProspects {
    private final Members members;

    public InMemoryMatchProspects(Members members) {
        this.members = members;
    }

    @Override
    public boolean narrows() {
        return false;
    }

    @Override
    public Set<MemberId> prospectsFor(MatchCriteria criteria, Instant now, Duration grace) {
        Set<MemberId> everyone = new HashSet<>();
        for (int page = 0; ; page++) {
            Page<Member> batch = members.list(new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().forEach(m -> everyone.add(m.id()));
            if (!batch.hasNext()) {
                return everyone;
            }
        }
    }
}
