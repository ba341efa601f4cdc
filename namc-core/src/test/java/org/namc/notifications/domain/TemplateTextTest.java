package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

class TemplateTextTest {

    @Test
    void fillsEveryPlaceholderAndFindsTheVariablesInOrder() {
        String text = "Hi {{ name }}, {{event}} starts at {{time}}; see you, {{name}}.";

        assertThat(TemplateText.variablesIn(text)).containsExactly("name", "event", "time");
        assertThat(TemplateText.render(text, Map.of("name", "Ana", "event", "Bid night", "time", "18:00", "x", "y"),
                false)).isEqualTo("Hi Ana, Bid night starts at 18:00; see you, Ana.");
        assertThat(TemplateText.render("Costs {{amount}}", Map.of("amount", "$5 \\ 1"), false)).isEqualTo("Costs $5 \\ 1");
    }

    @Test
    void aMissingVariableIsAnErrorNamingEachOneNeverAnEmptyString() {
        NamcException e = catchThrowableOfType(NamcException.class,
                () -> TemplateText.render("{{a}} {{b}} {{c}}", Map.of("b", ""), false));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("variables.a", "variables.c");
        assertThat(e.violations()).extracting(FieldViolation::rule).containsOnly("missing");
    }

    @Test
    void htmlOutputEscapesTheValuesButNotTheTemplate() {
        assertThat(TemplateText.render("<p>{{name}}</p>", Map.of("name", "<script>alert('x')</script> & \"co\""), true))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</p>");
        assertThat(TemplateText.render("{{name}}", Map.of("name", "<b>"), false)).isEqualTo("<b>");
    }

    @Test
    void aTemplateDeclaresEveryPlaceholderAndFallsBackFromRegionToLanguageToDefault() {
        assertThat(NotificationTemplate.check("t", "en-US", "T", "{{a}}", "{{b}}", "<i>{{c}}</i>",
                EnumSet.of(Channel.EMAIL), List.of("a", "b")).list()).extracting(FieldViolation::rule)
                .containsExactly("undeclared");
        assertThat(NotificationTemplate.check("Bad Name", "xx-not-a-tag!", " ", "s", "b", null, EnumSet.noneOf(Channel.class),
                List.of()).list()).extracting(FieldViolation::field)
                .containsExactly("name", "locale", "displayName", "channels");
        assertThat(NotificationTemplate.fallbacks("es-MX", "en-US")).containsExactly("es-MX", "es", "en-US");
        assertThat(NotificationTemplate.fallbacks("en-US", "en-US")).containsExactly("en-US", "en");

        NotificationTemplate template = new NotificationTemplate("welcome", "en-US", "Welcome", null, "Welcome {{name}}",
                "Hello {{name}}", "<h1>{{name}}</h1>", NotificationType.MEMBERSHIP, EnumSet.of(Channel.EMAIL),
                List.of("name"), true, 1, Instant.EPOCH, null);
        assertThat(template.render(Map.of("name", "Ana & Co"))).isEqualTo(new RenderedMessage("Welcome Ana & Co",
                "Hello Ana & Co", "<h1>Ana &amp; Co</h1>"));
    }
}
