package org.namc.projects.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.MembershipStatus;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.MatchScore;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;

/**
 * Many candidates laid out for ranking on every page view: skills interned to ids and held
 * as one flat array of bitsets, certifications and insurance as flat per-candidate runs,
 * locations as precomputed unit vectors, standing as precomputed nanosecond timestamps. {@link #rank}
 * scores every candidate with the same formulas as {@link MatchEngine} (so scores agree to the
 * hundredth) without allocating per candidate, and keeps the best in a bounded heap (a
 * partial sort: {@code O(n log k)}). Immutable and thread-safe once built.
 */
public final class CandidateIndex {
    private static final int NONE = -1;

    private final Candidate[] candidates;
    private final long[] idHigh;
    private final long[] idLow;

    private final Map<String, Integer> skillIds;
    private final int skillWords;
    private final long[] skillBits;

    private final Map<String, Integer> certificationIds;
    private final int[] certStart;
    private final int[] certId;
    private final long[] certFromDay;
    private final long[] certUntilDay;

    private final boolean[] located;
    private final double[] latitude;
    private final double[] longitude;
    private final double[] unitX;
    private final double[] unitY;
    private final double[] unitZ;

    private final int[] years;
    private final long[] bondingMinor;

    private final int[] insuranceStart;
    private final int[] insuranceType;
    private final long[] insuranceMinor;
    private final long[] insuranceUntilDay;

    private final long[] cancelledAt;
    private final boolean[] pending;
    private final long[] expiringFrom;
    private final long[] expiresAt;
    private final long[] lapsedFrom;

    /** One ranked member with their score. */
    public record Ranked(Candidate candidate, MatchScore score) {
    }

    /** The requested slice of the ranking, and how many candidates were eligible in all. */
    public record Ranking(List<Ranked> entries, int eligible) {
        public Ranking {
            entries = List.copyOf(entries);
        }
    }

    private CandidateIndex(List<Candidate> list) {
        int n = list.size();
        candidates = list.toArray(new Candidate[0]);
        idHigh = new long[n];
        idLow = new long[n];
        skillIds = new HashMap<>();
        certificationIds = new HashMap<>();
        located = new boolean[n];
        latitude = new double[n];
        longitude = new double[n];
        unitX = new double[n];
        unitY = new double[n];
        unitZ = new double[n];
        years = new int[n];
        bondingMinor = new long[n];
        cancelledAt = new long[n];
        pending = new boolean[n];
        expiringFrom = new long[n];
        expiresAt = new long[n];
        lapsedFrom = new long[n];
        int certCount = 0;
        int insuranceCount = 0;
        for (Candidate c : candidates) {
            c.skills().forEach(s -> skillIds.putIfAbsent(s, skillIds.size()));
            for (HeldCertification h : c.certifications()) {
                certificationIds.putIfAbsent(h.key(), certificationIds.size());
            }
            certCount += c.certifications().size();
            insuranceCount += c.insurance().size();
        }
        skillWords = Math.max(1, (skillIds.size() + 63) / 64);
        skillBits = new long[n * skillWords];
        certStart = new int[n + 1];
        certId = new int[certCount];
        certFromDay = new long[certCount];
        certUntilDay = new long[certCount];
        insuranceStart = new int[n + 1];
        insuranceType = new int[insuranceCount];
        insuranceMinor = new long[insuranceCount];
        insuranceUntilDay = new long[insuranceCount];
        int cert = 0;
        int insurance = 0;
        for (int i = 0; i < n; i++) {
            Candidate c = candidates[i];
            idHigh[i] = c.memberId().value().getMostSignificantBits();
            idLow[i] = c.memberId().value().getLeastSignificantBits();
            for (String skill : c.skills()) {
                int id = skillIds.get(skill);
                skillBits[i * skillWords + (id >>> 6)] |= 1L << (id & 63);
            }
            certStart[i] = cert;
            for (HeldCertification h : c.certifications()) {
                certId[cert] = certificationIds.get(h.key());
                certFromDay[cert] = h.issuedOn() == null ? Long.MIN_VALUE : h.issuedOn().toEpochDay();
                certUntilDay[cert] = h.expiresOn() == null ? Long.MAX_VALUE : h.expiresOn().toEpochDay();
                cert++;
            }
            GeoPoint home = c.location();
            if (home != null) {
                double[] unit = Distances.unit(home);
                located[i] = true;
                latitude[i] = home.latitude();
                longitude[i] = home.longitude();
                unitX[i] = unit[0];
                unitY[i] = unit[1];
                unitZ[i] = unit[2];
            }
            years[i] = c.yearsOfExperience();
            bondingMinor[i] = c.bondingCapacityMinor();
            insuranceStart[i] = insurance;
            for (InsuranceCoverage cover : c.insurance()) {
                insuranceType[insurance] = cover.type().ordinal();
                insuranceMinor[insurance] = cover.coverage().minorUnits();
                insuranceUntilDay[insurance] = cover.expiresOn() == null ? Long.MAX_VALUE
                        : cover.expiresOn().toEpochDay();
                insurance++;
            }
            StandingTimeline standing = c.standing();
            cancelledAt[i] = standing.cancelledNanos();
            pending[i] = standing.isPending();
            expiringFrom[i] = standing.expiringFromNanos();
            expiresAt[i] = standing.expiresNanos();
            lapsedFrom[i] = standing.lapsedFromNanos();
        }
        certStart[n] = cert;
        insuranceStart[n] = insurance;
    }

    public static CandidateIndex of(Collection<Candidate> candidates) {
        return new CandidateIndex(List.copyOf(candidates));
    }

    public int size() {
        return candidates.length;
    }

    /** An index of the candidates among {@code members} only, for ranking a pre-filtered few. */
    public CandidateIndex restrictedTo(Set<MemberId> members) {
        return new CandidateIndex(Arrays.stream(candidates).filter(c -> members.contains(c.memberId())).toList());
    }

    public Candidate candidate(int position) {
        return candidates[position];
    }

    /**
     * The eligible candidates ranked by score (highest first), then member id
     * ({@link MemberOrder}), from {@code offset}, at most {@code limit} of them.
     */
    public Ranking rank(MatchCriteria criteria, MatchWeights weights, MatchTime time, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        Query q = new Query(criteria, weights, time);
        int k = (int) Math.min((long) offset + limit, candidates.length);
        TopK top = new TopK(k);
        int eligible = 0;
        if (!q.nobodyEligible) {
            for (int i = 0; i < candidates.length; i++) {
                int score = score(i, q);
                if (score >= 0) {
                    eligible++;
                    top.offer(i, score);
                }
            }
        }
        List<Ranked> entries = new ArrayList<>();
        int[] slots = top.slotsBestFirst();
        for (int r = offset; r < slots.length; r++) {
            entries.add(new Ranked(candidates[top.position[slots[r]]], new MatchScore(top.score[slots[r]])));
        }
        return new Ranking(entries, eligible);
    }

    /** The score in hundredths, or -1 when a hard requirement fails. The hot loop: allocates nothing. */
    private int score(int i, Query q) {
        MembershipStatus status = q.nowIsExact
                ? StandingTimeline.statusAt(q.nowNanos, cancelledAt[i], pending[i], expiringFrom[i], expiresAt[i],
                        lapsedFrom[i])
                : candidates[i].standing().statusAt(q.now);
        if (!status.isInGoodStanding()) {
            return NONE;
        }
        int held = 0;
        for (int r = 0; r < q.certIds.length; r++) {
            if (q.certIds[r] != NONE && holds(i, q.certIds[r], q.today)) {
                held++;
            } else if (q.certMandatory[r]) {
                return NONE;
            }
        }
        int distance;
        if (q.serviceArea != null) {
            if (!located[i] || !q.serviceArea.contains(latitude[i], longitude[i])) {
                return NONE;
            }
            distance = q.possibleDistance;
        } else if (!q.hasSite) {
            distance = q.possibleDistance;
        } else if (!located[i]) {
            distance = 0;
        } else {
            double chord2 = Distances.chordSquared(unitX[i], unitY[i], unitZ[i], q.siteX, q.siteY, q.siteZ);
            distance = chord2 >= q.farChordSquared ? 0 : Scoring.distance(q.possibleDistance,
                    Distances.kmFromChord(Math.sqrt(chord2)), q.nearKm, q.farKm);
        }
        int covered = 0;
        int base = i * skillWords;
        for (int w = 0; w < q.skillWordIndex.length; w++) {
            covered += Long.bitCount(skillBits[base + q.skillWordIndex[w]] & q.skillMask[w]);
        }
        int insured = 0;
        for (int r = 0; r < q.insuranceTypes.length; r++) {
            if (insures(i, q.insuranceTypes[r], q.insuranceMinimum[r], q.today)) {
                insured++;
            }
        }
        return Scoring.share(q.possibleSkills, covered, q.requiredSkills)
                + Scoring.share(q.possibleCertifications, held, q.certIds.length)
                + distance
                + Scoring.share(q.possibleExperience, years[i], q.requiredYears)
                + Scoring.bonding(q.possibleBonding, bondingMinor[i], q.requiredBondMinor)
                + Scoring.share(q.possibleInsurance, insured, q.insuranceTypes.length)
                + Scoring.standing(q.possibleStanding, status);
    }

    private boolean holds(int i, int certification, long today) {
        for (int e = certStart[i]; e < certStart[i + 1]; e++) {
            if (certId[e] == certification && certFromDay[e] <= today && today <= certUntilDay[e]) {
                return true;
            }
        }
        return false;
    }

    private boolean insures(int i, int type, long minimum, long today) {
        for (int e = insuranceStart[i]; e < insuranceStart[i + 1]; e++) {
            if (insuranceType[e] == type && insuranceMinor[e] >= minimum && today <= insuranceUntilDay[e]) {
                return true;
            }
        }
        return false;
    }

    /** A project's criteria translated once per ranking into the index's ids and primitives. */
    private final class Query {
        final Instant now;
        final long nowNanos;
        final boolean nowIsExact;
        final long today;
        final int requiredSkills;
        final int[] skillWordIndex;
        final long[] skillMask;
        final int[] certIds;
        final boolean[] certMandatory;
        final boolean nobodyEligible;
        final @Nullable GeoPolygon serviceArea;
        final boolean hasSite;
        final double siteX;
        final double siteY;
        final double siteZ;
        final double nearKm;
        final double farKm;
        final double farChordSquared;
        final int requiredYears;
        final long requiredBondMinor;
        final int[] insuranceTypes;
        final long[] insuranceMinimum;
        final int possibleSkills;
        final int possibleCertifications;
        final int possibleDistance;
        final int possibleExperience;
        final int possibleBonding;
        final int possibleInsurance;
        final int possibleStanding;

        Query(MatchCriteria criteria, MatchWeights weights, MatchTime time) {
            now = time.instant();
            nowNanos = StandingTimeline.epochNanos(now);
            nowIsExact = StandingTimeline.isExactInNanos(now);
            today = time.today().toEpochDay();
            requiredSkills = criteria.skills().size();
            long[] mask = new long[skillWords];
            for (String skill : criteria.skills()) {
                Integer id = skillIds.get(skill);
                if (id != null) {
                    mask[id >>> 6] |= 1L << (id & 63);
                }
            }
            int words = (int) Arrays.stream(mask).filter(m -> m != 0).count();
            skillWordIndex = new int[words];
            skillMask = new long[words];
            for (int w = 0, j = 0; w < mask.length; w++) {
                if (mask[w] != 0) {
                    skillWordIndex[j] = w;
                    skillMask[j++] = mask[w];
                }
            }
            List<CertificationRequirement> certs = criteria.certifications();
            certIds = new int[certs.size()];
            certMandatory = new boolean[certs.size()];
            boolean impossible = false;
            for (int r = 0; r < certs.size(); r++) {
                certIds[r] = certificationIds.getOrDefault(certs.get(r).key(), NONE);
                certMandatory[r] = certs.get(r).mandatory();
                impossible |= certIds[r] == NONE && certMandatory[r];
            }
            nobodyEligible = impossible;
            serviceArea = criteria.serviceArea();
            GeoPoint site = criteria.site();
            hasSite = site != null;
            double[] unit = site == null ? new double[3] : Distances.unit(site);
            siteX = unit[0];
            siteY = unit[1];
            siteZ = unit[2];
            nearKm = weights.fullPointsWithinKm();
            farKm = weights.noPointsBeyondKm();
            double halfAngle = farKm / (2 * GeoPoint.EARTH_RADIUS_KM);
            // Beyond this chord a candidate earns no distance points; skipping asin for them changes no score.
            farChordSquared = halfAngle < Math.PI / 2
                    ? Math.pow(2 * StrictMath.sin(halfAngle), 2) : Double.POSITIVE_INFINITY;
            requiredYears = criteria.yearsOfExperience();
            requiredBondMinor = criteria.bondingMinor();
            List<InsuranceRequirement> insurance = criteria.insurance();
            insuranceTypes = new int[insurance.size()];
            insuranceMinimum = new long[insurance.size()];
            for (int r = 0; r < insurance.size(); r++) {
                insuranceTypes[r] = insurance.get(r).type().ordinal();
                insuranceMinimum[r] = insurance.get(r).minimumCoverage().minorUnits();
            }
            possibleSkills = weights.possible(Criterion.SKILLS);
            possibleCertifications = weights.possible(Criterion.CERTIFICATIONS);
            possibleDistance = weights.possible(Criterion.DISTANCE);
            possibleExperience = weights.possible(Criterion.EXPERIENCE);
            possibleBonding = weights.possible(Criterion.BONDING);
            possibleInsurance = weights.possible(Criterion.INSURANCE);
            possibleStanding = weights.possible(Criterion.STANDING);
        }
    }

    /** A bounded min-heap of candidate positions whose root is the worst kept: a partial sort. */
    private final class TopK {
        final int[] position;
        final int[] score;
        private int size;

        TopK(int capacity) {
            position = new int[capacity];
            score = new int[capacity];
        }

        void offer(int candidate, int candidateScore) {
            if (position.length == 0) {
                return;
            }
            if (size < position.length) {
                position[size] = candidate;
                score[size] = candidateScore;
                siftUp(size++);
            } else if (worse(position[0], score[0], candidate, candidateScore)) {
                position[0] = candidate;
                score[0] = candidateScore;
                siftDown(0);
            }
        }

        /** The heap's slots ordered best first (k is small: a plain sort after the scan). */
        int[] slotsBestFirst() {
            Integer[] order = new Integer[size];
            for (int h = 0; h < size; h++) {
                order[h] = h;
            }
            Arrays.sort(order, (a, b) -> worse(position[a], score[a], position[b], score[b]) ? 1
                    : worse(position[b], score[b], position[a], score[a]) ? -1 : 0);
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        private void siftUp(int h) {
            while (h > 0) {
                int parent = (h - 1) >>> 1;
                if (!worse(position[h], score[h], position[parent], score[parent])) {
                    return;
                }
                swap(h, parent);
                h = parent;
            }
        }

        private void siftDown(int h) {
            while (true) {
                int left = 2 * h + 1;
                if (left >= size) {
                    return;
                }
                int right = left + 1;
                int worst = right < size && worse(position[right], score[right], position[left], score[left])
                        ? right : left;
                if (!worse(position[worst], score[worst], position[h], score[h])) {
                    return;
                }
                swap(h, worst);
                h = worst;
            }
        }

        private void swap(int a, int b) {
            int p = position[a];
            position[a] = position[b];
            position[b] = p;
            int s = score[a];
            score[a] = score[b];
            score[b] = s;
        }
    }

    /** Whether candidate {@code a} ranks below {@code b}: a lower score, or an equal score and a later id. */
    private boolean worse(int a, int scoreA, int b, int scoreB) {
        if (scoreA != scoreB) {
            return scoreA < scoreB;
        }
        return MemberOrder.compare(idHigh[a], idLow[a], idHigh[b], idLow[b]) > 0;
    }
}
