package org.namc.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class RoleTest {
    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3_600);
    private static final RoleId ID = new RoleId(new UUID(1, 1));
    private static final RoleId OTHER = new RoleId(new UUID(1, 2));

    private static Role systemRole(SystemRole seeded) {
        return Role.create(ID, seeded.name(), seeded.description(), true, seeded.rules(), Set.of(), NOW);
    }

    private static Role custom(String name, Set<PermissionRule> rules) {
        return Role.create(ID, name, "a custom role", false, rules, Set.of(), NOW);
    }

    private static Set<PermissionRule> rules(String... texts) {
        Set<PermissionRule> set = new HashSet<>();
        for (String text : texts) {
            set.add(PermissionRule.parse(text));
        }
        return set;
    }

    private static void assertReason(Throwable thrown, AccessRefusal reason) {
        assertThat(thrown).isInstanceOf(NamcException.class);
        assertThat(((NamcException) thrown).reason()).isEqualTo(reason);
    }

    private static void assertCode(Throwable thrown, ErrorCode code) {
        assertThat(thrown).isInstanceOf(NamcException.class);
        assertThat(((NamcException) thrown).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @EnumSource(SystemRole.class)
    void aSystemRoleCannotBeDeactivated(SystemRole seeded) {
        Role role = systemRole(seeded);

        assertThatThrownBy(() -> role.deactivated(LATER)).satisfies(e -> assertReason(e, AccessRefusal.SYSTEM_ROLE_PROTECTED));
    }

    @ParameterizedTest
    @EnumSource(SystemRole.class)
    void aSystemRoleCannotLoseASeededRule(SystemRole seeded) {
        Role role = systemRole(seeded);
        Set<PermissionRule> fewer = new HashSet<>(seeded.rules());
        fewer.remove(fewer.iterator().next());

        assertThatThrownBy(() -> role.changed("changed", fewer, Set.of(), LATER))
                .satisfies(e -> assertReason(e, AccessRefusal.SYSTEM_ROLE_PROTECTED));
    }

    @Test
    void aSystemRoleCannotLoseASeededRuleEvenWhenGainingOthers() {
        Role role = systemRole(SystemRole.MEMBER);
        Set<PermissionRule> swapped = new HashSet<>(SystemRole.MEMBER.rules());
        swapped.remove(PermissionRule.parse("member:update own"));
        swapped.add(PermissionRule.parse("member:update"));

        assertThatThrownBy(() -> role.changed("changed", swapped, Set.of(), LATER))
                .satisfies(e -> assertReason(e, AccessRefusal.SYSTEM_ROLE_PROTECTED));
    }

    @ParameterizedTest
    @EnumSource(SystemRole.class)
    void aSystemRoleCanGainRules(SystemRole seeded) {
        Role role = systemRole(seeded);
        Set<PermissionRule> more = new HashSet<>(seeded.rules());
        more.add(PermissionRule.parse("newsletter:subscribe active-member"));

        Role changed = role.changed("now with a newsletter", more, Set.of(), LATER);

        assertThat(changed.rules()).containsAll(seeded.rules())
                .contains(PermissionRule.parse("newsletter:subscribe active-member"));
        assertThat(changed.permissionsCount()).isEqualTo(seeded.rules().size() + 1);
        assertThat(changed.isSystem()).isTrue();
        assertThat(changed.isActive()).isTrue();
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aCustomRoleCanBeDeactivatedAndLoseRules() {
        Role role = custom("project lead", rules("project:publish", "project:close own"));

        Role fewer = role.changed("leaner", rules("project:publish"), Set.of(), LATER);
        Role gone = fewer.deactivated(LATER);

        assertThat(fewer.rules()).containsExactly(PermissionRule.parse("project:publish"));
        assertThat(gone.isActive()).isFalse();
        assertThat(gone.rules()).isEqualTo(fewer.rules());
    }

    @Test
    void aRoleCannotIncludeItselfWhenCreated() {
        assertThatThrownBy(() -> Role.create(ID, "LOOPY", "", false, Set.of(), Set.of(ID, OTHER), NOW))
                .satisfies(e -> assertCode(e, ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void aRoleCannotBeChangedToIncludeItself() {
        Role role = custom("LOOPY", Set.of());

        assertThatThrownBy(() -> role.changed("", Set.of(), Set.of(ID), LATER))
                .satisfies(e -> assertCode(e, ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void aRoleMayIncludeAnotherRole() {
        Role role = Role.create(ID, "LEAD", "", false, Set.of(), Set.of(OTHER), NOW);

        assertThat(role.includes()).containsExactly(OTHER);
    }

    @Test
    void permissionsCountEqualsTheNumberOfRules() {
        assertThat(custom("NONE_YET", Set.of()).permissionsCount()).isZero();
        Role role = custom("LEAD", rules("project:publish", "project:close own", "invoice:*", "*:read"));

        assertThat(role.permissionsCount()).isEqualTo(4).isEqualTo(role.rules().size());
        assertThat(role.changed("", rules("project:publish"), Set.of(), LATER).permissionsCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SystemRole.class)
    void permissionsCountOfASeededSystemRoleEqualsItsSeededRules(SystemRole seeded) {
        assertThat(systemRole(seeded).permissionsCount()).isEqualTo(seeded.rules().size());
    }

    @ParameterizedTest
    @CsvSource({"project lead,PROJECT_LEAD", "Project-Lead,PROJECT_LEAD", "  finance2  ,FINANCE2", "ab,AB",
        "Board member emeritus,BOARD_MEMBER_EMERITUS"})
    void namesAreNormalisedToUpperCaseWithUnderscores(String given, String expected) {
        assertThat(Role.normaliseName(given)).isEqualTo(expected);
        assertThat(custom(given, Set.of()).name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "2fast", "_lead", "lead!", "lead.role", "héros",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy"})
    void badNamesAreRefusedAsValidationFailures(String name) {
        assertThatThrownBy(() -> Role.normaliseName(name)).satisfies(e -> assertCode(e, ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> custom(name, Set.of())).satisfies(e -> assertCode(e, ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void fiftyCharactersIsTheLongestNameAccepted() {
        assertThat(Role.normaliseName("a".repeat(50))).hasSize(50);
    }

    @Test
    void rolesAreEqualByIdentity() {
        Role a = custom("LEAD", rules("project:publish"));
        Role b = a.changed("other text", rules("invoice:read"), Set.of(), LATER);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void theSeededRulesOfASystemRoleAreImmutable() {
        Role role = systemRole(SystemRole.GUEST);

        assertThatThrownBy(() -> role.rules().add(PermissionRule.parse("x:y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
