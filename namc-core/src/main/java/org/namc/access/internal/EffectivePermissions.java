package org.namc.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.Conditions;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.MemberId;

/**
 * A subject's permissions compiled into a two-level hash index (resource, then action),
 * wildcards included as their own keys. A decision is at most four lookups and a check of
 * the few alternatives found, instead of a walk over roles and their inclusions.
 */
final class EffectivePermissions {
    private static final Alternative[] NONE = new Alternative[0];

    private final @Nullable MemberId subject;
    private final Standing standing;
    private final Map<String, Map<String, Alternative[]>> index;

    private EffectivePermissions(@Nullable MemberId subject, Standing standing,
                                 Map<String, Map<String, Alternative[]>> index) {
        this.subject = subject;
        this.standing = standing;
        this.index = index;
    }

    static EffectivePermissions compile(@Nullable MemberId subject, Standing standing, List<Alternative> alternatives) {
        Map<String, Map<String, List<Alternative>>> grouped = new HashMap<>();
        for (Alternative alt : alternatives) {
            Permission p = alt.rule().permission();
            grouped.computeIfAbsent(p.resource(), r -> new HashMap<>())
                    .computeIfAbsent(p.action(), a -> new ArrayList<>()).add(alt);
        }
        Map<String, Map<String, Alternative[]>> index = new HashMap<>();
        grouped.forEach((resource, byAction) -> {
            Map<String, Alternative[]> actions = new HashMap<>();
            byAction.forEach((action, list) -> actions.put(action, list.toArray(NONE)));
            index.put(resource, Map.copyOf(actions));
        });
        return new EffectivePermissions(subject, standing, Map.copyOf(index));
    }

    Decision decide(Permission requested, ResourceRef resource, Instant now) {
        Map<String, Alternative[]> exact = index.get(requested.resource());
        Map<String, Alternative[]> anyResource = index.get(Permission.ANY);
        // Four lookups, most specific first; the allowing path allocates nothing.
        Alternative found = firstAllowing(lookup(exact, requested.action()), resource, now);
        if (found == null) {
            found = firstAllowing(lookup(exact, Permission.ANY), resource, now);
        }
        if (found == null) {
            found = firstAllowing(lookup(anyResource, requested.action()), resource, now);
        }
        if (found == null) {
            found = firstAllowing(lookup(anyResource, Permission.ANY), resource, now);
        }
        return found != null ? found.allowed()
                : Decision.Denied.explainedBy(() -> denialReason(requested, resource, now));
    }

    private @Nullable Alternative firstAllowing(Alternative[] alternatives, ResourceRef resource, Instant now) {
        for (Alternative alt : alternatives) {
            if (!alt.isExpiredAt(now) && unmetCondition(alt.rule().conditions(), resource, now) == null) {
                return alt;
            }
        }
        return null;
    }

    /** Written only when a refusal's reason is read: the most specific reason nothing allowed the request. */
    private String denialReason(Permission requested, ResourceRef resource, Instant now) {
        Map<String, Alternative[]> exact = index.get(requested.resource());
        Map<String, Alternative[]> anyResource = index.get(Permission.ANY);
        List<Alternative> considered = new ArrayList<>();
        for (Alternative[] alternatives : List.of(lookup(exact, requested.action()), lookup(exact, Permission.ANY),
                lookup(anyResource, requested.action()), lookup(anyResource, Permission.ANY))) {
            considered.addAll(List.of(alternatives));
        }
        if (considered.isEmpty()) {
            return "no role held grants " + requested;
        }
        Alternative first = considered.get(0);
        if (first.isExpiredAt(now)) {
            return first.source() + " expired at " + first.expiresAt();
        }
        return first.source() + " grants " + first.rule() + ", but "
                + unmetCondition(first.rule().conditions(), resource, now);
    }

    private static Alternative[] lookup(@Nullable Map<String, Alternative[]> actions, String action) {
        if (actions == null) {
            return NONE;
        }
        Alternative[] found = actions.get(action);
        return found == null ? NONE : found;
    }

    private @Nullable String unmetCondition(Conditions conditions, ResourceRef resource, Instant now) {
        if (conditions.ownOnly() && (subject == null || !subject.equals(resource.owner()))) {
            return "only on resources the member owns, and " + resource + " is not theirs";
        }
        if (conditions.activeMemberOnly()) {
            MembershipStatus status = standing.statusAt(now);
            if (status == null || !status.isInGoodStanding()) {
                return "only for members in good standing, and the membership is "
                        + (status == null ? "absent" : status);
            }
        }
        if (conditions.minTierLevel() > standing.tierLevel()) {
            return "only from tier level " + conditions.minTierLevel() + ", and the member's is "
                    + standing.tierLevel();
        }
        return null;
    }
}
