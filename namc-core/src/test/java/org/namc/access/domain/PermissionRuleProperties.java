package org.namc.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.shared.authorization.Permission;

class PermissionRuleProperties {

    @Provide
    Arbitrary<PermissionRule> rules() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.just(Permission.ANY),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(1)
                        .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
                                .ofMaxLength(49).map(rest -> first + rest)));
        return Combinators.combine(part, part, Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 999))
                .as((resource, action, own, active, tier) -> new PermissionRule(Permission.of(resource, action),
                        new Conditions(own, active, tier)));
    }

    @Property
    void everyRuleSurvivesARoundTripThroughItsText(@ForAll("rules") PermissionRule rule) {
        assertThat(PermissionRule.parse(rule.toString())).isEqualTo(rule);
    }
}
