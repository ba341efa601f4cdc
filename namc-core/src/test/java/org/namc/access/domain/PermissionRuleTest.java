package org.namc.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.authorization.Permission;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class PermissionRuleTest {

    @Test
    void aRuleWithoutConditionsHasNoConditions() {
        PermissionRule rule = PermissionRule.parse("course:read");

        assertThat(rule.permission()).isEqualTo(Permission.of("course", "read"));
        assertThat(rule.conditions()).isEqualTo(Conditions.NONE);
        assertThat(rule.conditions().isNone()).isTrue();
    }

    @Test
    void ownMeansOnlyResourcesTheActorOwns() {
        Conditions c = PermissionRule.parse("application:withdraw own").conditions();

        assertThat(c).isEqualTo(new Conditions(true, false, 0));
    }

    @Test
    void activeMemberMeansOnlyMembersInGoodStanding() {
        Conditions c = PermissionRule.parse("project:read active-member").conditions();

        assertThat(c).isEqualTo(new Conditions(false, true, 0));
    }

    @Test
    void tierAtLeastNSetsTheMinimumTierLevel() {
        Conditions c = PermissionRule.parse("project:bid tier>=2").conditions();

        assertThat(c).isEqualTo(new Conditions(false, false, 2));
    }

    @Test
    void conditionsCombine() {
        PermissionRule rule = PermissionRule.parse("project:bid own active-member tier>=3");

        assertThat(rule.conditions()).isEqualTo(new Conditions(true, true, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"course:read", "*:*", "invoice:*", "member:update own", "project:read active-member",
        "project:bid tier>=2", "project:bid active-member tier>=2", "application:review own active-member",
        "project:bid own active-member tier>=12"})
    void ruleTextRoundTripsThroughToString(String text) {
        PermissionRule rule = PermissionRule.parse(text);

        assertThat(rule.toString()).isEqualTo(text);
        assertThat(PermissionRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void conditionsPrintInCanonicalOrderWhateverOrderTheyWereWritten() {
        PermissionRule rule = PermissionRule.parse("project:bid tier>=2 active-member own");

        assertThat(rule.toString()).isEqualTo("project:bid own active-member tier>=2");
        assertThat(PermissionRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void surroundingAndRepeatedWhitespaceIsIgnored() {
        assertThat(PermissionRule.parse("  member:read   own ").toString()).isEqualTo("member:read own");
    }

    @ParameterizedTest
    @ValueSource(strings = {"project:read mine", "project:read OWN", "project:read tier>2", "project:read tier>=",
        "project:read tier>=x", "project:read tier>=-1", "project:read tier>=1000", "project:read active"})
    void anUnknownConditionIsRefusedAsAValidationFailure(String text) {
        assertThatThrownBy(() -> PermissionRule.parse(text))
                .isInstanceOfSatisfying(NamcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).isNotEmpty();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"project", "Project:read own", "project:read:x active-member", "", "   "})
    void anInvalidPermissionInRuleTextIsRefusedAsAValidationFailure(String text) {
        assertThatThrownBy(() -> PermissionRule.parse(text))
                .isInstanceOfSatisfying(NamcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void aNegativeMinimumTierLevelIsRefused() {
        assertThatThrownBy(() -> new Conditions(false, false, -1))
                .isInstanceOfSatisfying(NamcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
