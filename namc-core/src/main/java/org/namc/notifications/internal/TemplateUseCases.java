package org.namc.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import org.namc.notifications.PreviewTemplate;
import org.namc.notifications.SaveTemplate;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.domain.RenderedMessage;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Templates: saving a locale's next version, previewing, and choosing the locale to render in. */
final class TemplateUseCases {
    private final NotificationsContext ctx;

    TemplateUseCases(NotificationsContext ctx) {
        this.ctx = ctx;
    }

    NotificationTemplate save(Actor actor, SaveTemplate c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, NotificationTemplate.check(c.name(), c.locale(), c.displayName(), c.subject(),
                        c.body(), c.html(), c.channels(), c.variables())
                .required(c.type(), "type").maxLength(c.description(), "description", 1000));
        String locale = Locale.forLanguageTag(c.locale()).toLanguageTag();
        return ctx.unitOfWork().execute(actor, "notification.template.save", "notification-template", scope -> {
            ctx.require(actor, "manage-templates");
            Optional<NotificationTemplate> current = ctx.templates().find(c.name(), locale);
            int version = current.map(t -> t.version() + 1).orElse(1);
            NotificationTemplate saved = new NotificationTemplate(c.name(), locale, c.displayName().strip(),
                    c.description(), c.subject(), c.body(), c.html(), c.type(), c.channels(), c.variables(), c.active(),
                    version, ctx.now(), actor.memberId());
            ctx.templates().save(saved);
            scope.resource(c.name() + "@" + locale).changed("version", current.map(NotificationTemplate::version)
                    .orElse(null), version);
            return saved;
        });
    }

    RenderedMessage preview(Actor actor, PreviewTemplate c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().notBlank(c.name(), "name", 100)
                .check(c.locale() != null && NotificationTemplate.isLocale(c.locale()), "locale", "bcp-47",
                        "must be a language tag such as en-US")
                .required(c.variables(), "variables"));
        ctx.require(actor, "manage-templates");
        return ctx.renderer().render(resolve(ctx, c.name(), c.locale()), c.variables());
    }

    /** The active version for {@code locale}, else its language, else the default locale. */
    static NotificationTemplate resolve(NotificationsContext ctx, String name, String locale) {
        for (String candidate : NotificationTemplate.fallbacks(locale, ctx.settings().defaultLocale())) {
            Optional<NotificationTemplate> found = ctx.templates().find(name, candidate)
                    .filter(NotificationTemplate::active);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw NamcException.notFound("notification template", name + " (" + locale + ")");
    }
}
