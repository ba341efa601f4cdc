package org.namc.notifications.templates;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.notifications.spi.TemplateRenderer;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

/**
 * Mustache templates (sections, lists, partials) with a branded HTML layout. Renders the
 * templates a host keeps in the store (as the portal's {@link TemplateRenderer}) and the ones
 * this module ships for every message the core sends ({@link #render(String, String, Map)}),
 * per locale with fallback ({@code es-US} → {@code es} → {@code en}). Every HTML body is
 * wrapped in the layout: logo, accent colour, and the footer with the postal address.
 *
 * <p>A value tag whose variable is missing fails the render ({@code VALIDATION_FAILED} naming
 * {@code variables.<name>}); values are HTML-escaped in HTML, left as they are in subjects and
 * plain text. Partials come from {@code org/namc/notifications/templates/partials/}.
 */
public final class MustacheTemplates implements TemplateRenderer {
    static final String ROOT = "org/namc/notifications/templates";
    public static final String DEFAULT_LOCALE = "en";

    private final StrictMustacheFactory html = new StrictMustacheFactory(ROOT, true);
    private final StrictMustacheFactory text = new StrictMustacheFactory(ROOT, false);
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Branding branding;
    private final Mustache layout;

    public MustacheTemplates(Branding branding) {
        this.branding = Objects.requireNonNull(branding, "branding");
        this.layout = html.compile("layout.html.mustache");
    }

    /** Renders a stored template: its subject, body and HTML as Mustache, the HTML inside the layout. */
    @Override
    public RenderedMessage render(NotificationTemplate template, Map<String, ?> variables) {
        String key = template.name() + "@" + template.locale() + "#" + template.version();
        String subject = run(compiled.computeIfAbsent(key + ".subject", k -> compile(text, k, template.subject())),
                variables);
        String body = run(compiled.computeIfAbsent(key + ".text", k -> compile(text, k, template.body())), variables);
        String content = template.html() == null ? null
                : run(compiled.computeIfAbsent(key + ".html", k -> compile(html, k, template.html())), variables);
        return new RenderedMessage(subject, body, content == null ? null : inLayout(subject, content, null));
    }

    /**
     * Renders a shipped message ({@link MessageCatalog}) in {@code locale}, or the nearest locale
     * it ships in.
     *
     * @throws NamcException {@code NOT_FOUND} for an unknown name, {@code VALIDATION_FAILED} for a missing variable
     */
    public RenderedMessage render(String name, String locale, Map<String, ?> variables) {
        String found = NotificationTemplate.fallbacks(locale, DEFAULT_LOCALE).stream()
                .filter(candidate -> exists("messages/" + candidate + "/" + name + ".subject.mustache"))
                .findFirst().orElseThrow(() -> NamcException.notFound("message template", name + " (" + locale + ")"));
        String base = "messages/" + found + "/" + name;
        String subject = run(text.compile(base + ".subject.mustache"), variables).strip();
        String body = run(text.compile(base + ".text.mustache"), variables);
        String content = run(html.compile(base + ".html.mustache"), variables);
        Object unsubscribe = variables.get("unsubscribeUrl");
        return new RenderedMessage(subject, body, inLayout(subject, content,
                unsubscribe == null ? null : unsubscribe.toString()));
    }

    /**
     * A message written as plain text (what the core's notices carry) in the branded layout:
     * paragraphs escaped, the action as a button.
     */
    public String layoutPlain(String subject, String body, @Nullable String actionUrl, @Nullable String actionText,
                              @Nullable String unsubscribeUrl) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("paragraphs", List.of(body.strip().split("\\n\\s*\\n")));
        if (actionUrl != null) {
            scope.put("actionUrl", actionUrl);
            scope.put("actionText", actionText == null ? "Open" : actionText);
        }
        String content = run(html.compile("plain.html.mustache"), scope);
        return inLayout(subject, content, unsubscribeUrl);
    }

    private String inLayout(String subject, String content, @Nullable String unsubscribeUrl) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("subject", subject);
        scope.put("content", content);
        scope.put("organisation", branding.organisation());
        scope.put("accentColour", branding.accentColour());
        scope.put("postalAddress", branding.postalAddress());
        scope.put("website", branding.website().toString());
        Optional.ofNullable(branding.logo()).ifPresent(logo -> scope.put("logoUrl", logo.toString()));
        Optional.ofNullable(unsubscribeUrl).ifPresent(url -> scope.put("unsubscribeUrl", url));
        return run(layout, scope);
    }

    private static Mustache compile(StrictMustacheFactory factory, String name, String source) {
        return factory.compile(new StringReader(source), name);
    }

    private static String run(Mustache mustache, Map<String, ?> variables) {
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, variables);
        } catch (MustacheException | MissingVariable e) {
            MissingVariable missing = missingIn(e);
            if (missing != null) {
                throw NamcException.validation(List.of(new FieldViolation("variables." + missing.name(), "missing",
                        "the template needs this variable")));
            }
            throw e;
        }
        return out.toString();
    }

    private static @Nullable MissingVariable missingIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MissingVariable missing) {
                return missing;
            }
        }
        return null;
    }

    private static boolean exists(String resource) {
        try (InputStream in = MustacheTemplates.class.getClassLoader().getResourceAsStream(ROOT + "/" + resource)) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The text of a shipped resource, for installing shipped templates into the store. */
    static String resource(String path) {
        try (InputStream in = MustacheTemplates.class.getClassLoader().getResourceAsStream(ROOT + "/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable template resource " + path, e);
        }
    }
}
