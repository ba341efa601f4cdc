package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.Roles;
import org.namc.shared.domain.ErrorCode;

/** What every {@link Roles} adapter must do. */
public abstract class RolesContract {
    protected static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** An empty store. */
    protected abstract Roles roles();

    private static Role role(String name, Set<RoleId> includes, String... rules) {
        Set<PermissionRule> parsed = java.util.Arrays.stream(rules).map(PermissionRule::parse)
                .collect(java.util.stream.Collectors.toSet());
        return Role.create(new RoleId(UUID.randomUUID()), name, name + " role", false, parsed, includes, NOW);
    }

    @Test
    void keepsRulesConditionsAndInclusionsThroughARoundTrip() {
        Role base = role("REVIEWER", Set.of(), "application:read", "application:review own");
        Role lead = role("PROJECT_LEAD", Set.of(base.id()), "project:publish own active-member tier>=2", "invoice:*");
        roles().save(base);
        roles().save(lead);

        Role loaded = roles().findByName("PROJECT_LEAD").orElseThrow();
        assertThat(loaded.id()).isEqualTo(lead.id());
        assertThat(loaded.rules()).isEqualTo(lead.rules());
        assertThat(loaded.includes()).containsExactly(base.id());
        assertThat(loaded.permissionsCount()).isEqualTo(2);
        assertThat(loaded.isActive()).isTrue();
        assertThat(roles().findById(base.id()).map(Role::name)).contains("REVIEWER");
    }

    @Test
    void namesAreUnique() {
        roles().save(role("AUDITOR", Set.of(), "audit:read"));
        assertThatNamcException(() -> roles().save(role("AUDITOR", Set.of(), "audit:*")))
                .hasReason(CommonRefusal.DUPLICATE);
    }

    @Test
    void savesChangesAndListsByName() {
        Role trainer = role("TRAINER", Set.of(), "course:read");
        roles().save(trainer);
        roles().save(role("ANALYST", Set.of(), "audit:read"));
        roles().save(trainer.changed("Trains members", Set.of(PermissionRule.parse("course:*")), Set.of(),
                NOW.plusSeconds(60)));
        roles().save(roles().findByName("ANALYST").orElseThrow().deactivated(NOW.plusSeconds(60)));

        assertThat(roles().all()).extracting(Role::name).containsExactly("ANALYST", "TRAINER");
        assertThat(roles().findByName("TRAINER").orElseThrow().rules())
                .containsExactly(PermissionRule.parse("course:*"));
        assertThat(roles().findByName("ANALYST").orElseThrow().isActive()).isFalse();
    }
}
