package org.namc.shared.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class PermissionTest {

    @Test
    void parsingResourceColonActionSplitsAtTheColon() {
        Permission p = Permission.parse("project:publish");

        assertThat(p.resource()).isEqualTo("project");
        assertThat(p.action()).isEqualTo("publish");
        assertThat(p).isEqualTo(Permission.of("project", "publish"));
    }

    @Test
    void dashesAndDigitsAreAllowedInEitherHalf() {
        Permission p = Permission.parse("member:manage-security2");

        assertThat(p.action()).isEqualTo("manage-security2");
    }

    @Test
    void aParsedPermissionPrintsAsItWasWritten() {
        assertThat(Permission.parse("invoice:read").toString()).isEqualTo("invoice:read");
        assertThat(Permission.parse("invoice:*").toString()).isEqualTo("invoice:*");
        assertThat(Permission.parse("*:*").toString()).isEqualTo("*:*");
    }

    @Test
    void eitherHalfMayBeTheWildcard() {
        assertThat(Permission.parse("invoice:*").isWildcard()).isTrue();
        assertThat(Permission.parse("*:read").isWildcard()).isTrue();
        assertThat(Permission.parse("*:*").isWildcard()).isTrue();
        assertThat(Permission.parse("invoice:read").isWildcard()).isFalse();
    }

    @Test
    void aConcretePermissionCoversOnlyItself() {
        Permission rule = Permission.parse("invoice:read");

        assertThat(rule.covers(Permission.parse("invoice:read"))).isTrue();
        assertThat(rule.covers(Permission.parse("invoice:refund"))).isFalse();
        assertThat(rule.covers(Permission.parse("payment:read"))).isFalse();
    }

    @Test
    void anActionWildcardCoversEveryActionOnItsResourceOnly() {
        Permission rule = Permission.parse("invoice:*");

        assertThat(rule.covers(Permission.parse("invoice:read"))).isTrue();
        assertThat(rule.covers(Permission.parse("invoice:refund"))).isTrue();
        assertThat(rule.covers(Permission.parse("payment:read"))).isFalse();
    }

    @Test
    void aResourceWildcardCoversItsActionOnEveryResourceOnly() {
        Permission rule = Permission.parse("*:read");

        assertThat(rule.covers(Permission.parse("invoice:read"))).isTrue();
        assertThat(rule.covers(Permission.parse("project:read"))).isTrue();
        assertThat(rule.covers(Permission.parse("project:publish"))).isFalse();
    }

    @Test
    void theDoubleWildcardCoversEverything() {
        Permission rule = Permission.parse("*:*");

        assertThat(rule.covers(Permission.parse("invoice:read"))).isTrue();
        assertThat(rule.covers(Permission.parse("anything-at-all:goes"))).isTrue();
    }

    @Test
    void aConcretePermissionDoesNotCoverAWildcardRequest() {
        assertThat(Permission.parse("invoice:read").covers(Permission.parse("invoice:*"))).isFalse();
        assertThat(Permission.parse("invoice:*").covers(Permission.parse("*:*"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"project", "project:", ":read", "project:read:extra", "Project:read", "project:Read",
        "project:re ad", "1project:read", "-project:read", "project:**", "pro*:read", "", ":", "project_x:read",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy:read"})
    void invalidFormatsAreRefusedAsValidationFailures(String text) {
        assertThatThrownBy(() -> Permission.parse(text))
                .isInstanceOfSatisfying(NamcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void fiftyCharactersIsTheLongestHalfAccepted() {
        String fifty = "a".repeat(50);

        assertThat(Permission.parse(fifty + ":" + fifty).resource()).hasSize(50);
    }

    @Test
    void theConstructorRefusesTheSameFormatsAsParsing() {
        assertThatThrownBy(() -> Permission.of("Invoice", "read"))
                .isInstanceOfSatisfying(NamcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> Permission.of("invoice", ""))
                .isInstanceOfSatisfying(NamcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
