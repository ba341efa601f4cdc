package org.namc.projects.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.CandidateIndex;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Keeps the candidate index that ranks all members, so ranking on a page view costs one pass
 * over precomputed arrays. It is rebuilt when the number of members changed (a registration or
 * a deletion), when qualifications were recorded, or when it is older than the refresh period
 * (profile edits and renewals show up within that period; standing itself is judged by the
 * clock at ranking time, so a lapse counts at once).
 */
final class CandidatePool {
    private static final int BATCH = PageRequest.MAX_SIZE;

    private final Members members;
    private final Qualifications qualifications;
    private final RenewalPolicy renewalPolicy;
    private final Clock clock;
    private final Duration refreshEvery;
    private final AtomicLong qualificationsRevision = new AtomicLong();
    private volatile @Nullable Snapshot snapshot;

    private record Snapshot(CandidateIndex index, Instant builtAt, long memberCount, long qualificationsRevision) {
    }

    CandidatePool(Members members, Qualifications qualifications, RenewalPolicy renewalPolicy, Clock clock,
                  Duration refreshEvery) {
        this.members = members;
        this.qualifications = qualifications;
        this.renewalPolicy = renewalPolicy;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    CandidateIndex index() {
        Snapshot current = snapshot;
        long memberCount = members.count();
        if (current != null && isFresh(current, memberCount)) {
            return current.index();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && isFresh(current, memberCount)) {
                return current.index();
            }
            long revision = qualificationsRevision.get();
            Instant now = clock.instant();
            CandidateIndex index = build();
            snapshot = new Snapshot(index, now, memberCount, revision);
            return index;
        }
    }

    /** Called after qualifications were recorded: the next ranking rebuilds. */
    void qualificationsChanged() {
        qualificationsRevision.incrementAndGet();
    }

    private boolean isFresh(Snapshot s, long memberCount) {
        Instant now = clock.instant();
        return s.memberCount() == memberCount && s.qualificationsRevision() == qualificationsRevision.get()
                && !now.isBefore(s.builtAt()) && now.isBefore(s.builtAt().plus(refreshEvery));
    }

    private CandidateIndex build() {
        Map<MemberId, ContractorQualifications> byMember = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<ContractorQualifications> batch = qualifications.list(new PageRequest(page, BATCH));
            batch.items().forEach(q -> byMember.put(q.memberId(), q));
            if (!batch.hasNext()) {
                break;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Member> batch = members.list(new PageRequest(page, BATCH));
            for (Member member : batch.items()) {
                candidates.add(Candidate.of(member, byMember.get(member.id()), renewalPolicy));
            }
            if (!batch.hasNext()) {
                break;
            }
        }
        return CandidateIndex.of(candidates);
    }
}
