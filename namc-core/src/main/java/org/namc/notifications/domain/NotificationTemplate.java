package org.namc.notifications.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/**
 * One locale's version of a named template (the seed's {@code notification_templates}): subject,
 * body and optional HTML with {@code {{variable}}} placeholders, each declared in
 * {@code variables}. Saving the same name and locale again makes the next version.
 */
public record NotificationTemplate(String name, String locale, String displayName, @Nullable String description,
                                   String subject, String body, @Nullable String html, NotificationType type,
                                   Set<Channel> channels, List<String> variables, boolean active, int version,
                                   Instant updatedAt, @Nullable MemberId updatedBy) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");

    public NotificationTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(updatedAt, "updatedAt");
        channels = Collections.unmodifiableSet(channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels));
        variables = List.copyOf(variables);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** Checks a template's content; every placeholder must be a declared variable. */
    public static Violations check(@Nullable String name, @Nullable String locale, @Nullable String displayName,
                                   @Nullable String subject, @Nullable String body, @Nullable String html,
                                   @Nullable Set<Channel> channels, @Nullable List<String> variables) {
        Violations v = Violations.collect()
                .check(name != null && NAME.matcher(name).matches(), "name", ViolationRule.FORMAT,
                        "must be lower case letters, digits, dots, dashes or underscores, at most 100")
                .check(locale != null && isLocale(locale), "locale", "bcp-47", "must be a language tag such as en-US")
                .notBlank(displayName, "displayName", 200)
                .notBlank(subject, "subject", 500)
                .notBlank(body, "body", 20_000)
                .maxLength(html, "html", 100_000)
                .check(channels != null && !channels.isEmpty(), "channels", ViolationRule.REQUIRED, "name at least one channel")
                .maxSize(variables, "variables", 100);
        if (variables != null) {
            Set<String> used = new LinkedHashSet<>();
            for (String text : new String[] {subject, body, html}) {
                if (text != null) {
                    used.addAll(TemplateText.variablesIn(text));
                }
            }
            used.removeAll(variables);
            v.check(used.isEmpty(), "variables", "undeclared", "declare every placeholder the template uses: " + used);
        }
        return v;
    }

    public static boolean isLocale(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag.strip());
    }

    public RenderedMessage render(Map<String, String> values) {
        return new RenderedMessage(TemplateText.render(subject, values, false), TemplateText.render(body, values, false),
                html == null ? null : TemplateText.render(html, values, true));
    }

    /** The locales to try for {@code requested}, most specific first, ending with the default. */
    public static List<String> fallbacks(String requested, String defaultLocale) {
        Set<String> order = new LinkedHashSet<>();
        Locale locale = Locale.forLanguageTag(requested);
        order.add(locale.toLanguageTag());
        if (!locale.getCountry().isEmpty()) {
            order.add(locale.getLanguage());
        }
        order.add(defaultLocale);
        return List.copyOf(order);
    }
}
