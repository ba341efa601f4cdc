package org.namc.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class MustacheTemplatesTest {
    static final Branding BRANDING = new Branding("NAMC NorCal", URI.create("https://namc.example/logo.png"),
            "#1f4e79", "1390 Market St, San Francisco, CA 94102", URI.create("https://namc.example"));

    final MustacheTemplates templates = new MustacheTemplates(BRANDING);

    @ParameterizedTest
    @EnumSource(MessageCatalog.class)
    void everyShippedMessageRendersInEveryLocaleWithTheVariablesItsSenderSupplies(MessageCatalog message) {
        for (String locale : MessageCatalog.LOCALES) {
            RenderedMessage rendered = templates.render(message.templateName(), locale, SenderVariables.of(message));

            assertThat(rendered.subject()).isNotBlank().doesNotContain("{{").doesNotContain("\n");
            assertThat(rendered.body()).contains("Ana").contains("https://portal.example/").doesNotContain("{{");
            assertThat(rendered.html()).contains("Ana").contains("https://portal.example/")
                    .contains("1390 Market St, San Francisco, CA 94102").doesNotContain("{{");
        }
    }

    @ParameterizedTest
    @EnumSource(MessageCatalog.class)
    void leavingOutARequiredVariableFailsNamingIt(MessageCatalog message) {
        for (String required : message.required()) {
            Map<String, Object> variables = new HashMap<>(SenderVariables.of(message));
            variables.remove(required);

            assertThatThrownBy(() -> templates.render(message.templateName(), "en", variables))
                    .isInstanceOfSatisfying(NamcException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(e.violations()).anySatisfy(v -> assertThat(v.field())
                                .isEqualTo("variables." + required));
                    });
        }
    }

    @Test
    void spanishIsChosenForARegionalSpanishLocaleAndEnglishForAnUnshippedOne() {
        Map<String, Object> variables = SenderVariables.of(MessageCatalog.PASSWORD_RESET);

        assertThat(templates.render("password-reset", "es-US", variables).subject()).isEqualTo("Restablece tu contraseña");
        assertThat(templates.render("password-reset", "es", variables).body()).startsWith("Hola, Ana:");
        assertThat(templates.render("password-reset", "fr-CA", variables).subject()).isEqualTo("Reset your password");
    }

    @Test
    void aDigestListsEachOfItsAlerts() {
        Map<String, Object> variables = new HashMap<>(SenderVariables.of(MessageCatalog.DIGEST));
        variables.put("alerts", List.of(Map.of("title", "New project", "message", "Roofing in Oakland",
                "url", "https://portal.example/projects/1"), Map.of("title", "Bid due", "message", "Tomorrow")));

        RenderedMessage digest = templates.render("digest", "en", variables);

        assertThat(digest.body()).contains("- New project: Roofing in Oakland (https://portal.example/projects/1)")
                .contains("- Bid due: Tomorrow\n");
        assertThat(digest.html()).contains("<li><strong>New project</strong>: Roofing in Oakland")
                .contains("<li><strong>Bid due</strong>: Tomorrow</li>");
    }

    @Test
    void valuesAreEscapedInHtmlButNotInTextOrSubject() {
        Map<String, Object> variables = new HashMap<>(SenderVariables.of(MessageCatalog.SECURITY_ALERT));
        variables.put("firstName", "<script>alert(1)</script> & Co");

        RenderedMessage rendered = templates.render("security-alert", "en", variables);

        assertThat(rendered.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(rendered.body()).contains("<script>alert(1)</script> & Co");
    }

    @Test
    void aStoredTemplateRendersAsMustacheWithSectionsInsideTheLayout() {
        NotificationTemplate stored = new NotificationTemplate("welcome", "en-US", "Welcome", null,
                "Welcome, {{firstName}}", "{{#perks}}* {{name}}\n{{/perks}}{{^perks}}No perks yet{{/perks}}",
                "<p>Hi {{firstName}}</p><ul>{{#perks}}<li>{{name}}</li>{{/perks}}</ul>", NotificationType.MEMBERSHIP,
                EnumSet.of(Channel.EMAIL), List.of("firstName", "name"), true, 1, Instant.EPOCH, null);

        RenderedMessage rendered = templates.render(stored, Map.of("firstName", "Ana & Bo",
                "perks", List.of(Map.of("name", "Directory"), Map.of("name", "Bids"))));

        assertThat(rendered.subject()).isEqualTo("Welcome, Ana & Bo");
        assertThat(rendered.body()).isEqualTo("* Directory\n* Bids\n");
        assertThat(rendered.html()).contains("<p>Hi Ana &amp; Bo</p><ul><li>Directory</li><li>Bids</li></ul>")
                .contains("NAMC NorCal &middot; 1390 Market St").contains("border-bottom:4px solid #1f4e79");
        assertThatThrownBy(() -> templates.render(stored, Map.of("perks", List.of())))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("variables.firstName")));
    }

    @Test
    void plainTextNoticesGetTheLayoutWithTheirActionAsAButton() {
        String html = templates.layoutPlain("Seat held", "Pay <$40> by Friday.\n\nSee you there.",
                "https://portal.example/events/1", "View event", "https://portal.example/u/abc");

        assertThat(html).contains("<p style=\"margin:0 0 14px 0;\">Pay &lt;$40&gt; by Friday.</p>")
                .contains("See you there.").contains("href=\"https://portal.example/events/1\"")
                .contains(">View event</a>").contains("href=\"https://portal.example/u/abc\"");
    }
}
