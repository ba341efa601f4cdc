package org.namc.persistence.jpa.notifications;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.notifications.domain.NotificationTemplate;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/**
 * Templates in {@code notification_templates}, one row per name and locale. Two first saves of
 * the same name and locale meet at the unique key and the later one becomes {@code CONFLICT}.
 */
public final class JpaNotificationTemplates implements NotificationTemplates {
    private final JpaTransactions transactions;

    public JpaNotificationTemplates(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(NotificationTemplate template) {
        transactions.withEntityManager(em -> {
            NotificationTemplateJpaEntity stored = row(template.name(), template.locale()).orElse(null);
            if (stored == null) {
                stored = new NotificationTemplateJpaEntity(template.name(), template.locale(), template.updatedAt(),
                        template.updatedBy() == null ? null : template.updatedBy().value());
                copyInto(template, stored);
                em.persist(stored);
            } else {
                copyInto(template, stored);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public Optional<NotificationTemplate> find(String name, String locale) {
        return row(name, locale).map(JpaNotificationTemplates::toDomain);
    }

    @Override
    public List<NotificationTemplate> versionsOf(String name) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select t from NotificationTemplateJpaEntity t where t.name = :name order by t.locale",
                        NotificationTemplateJpaEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .map(JpaNotificationTemplates::toDomain)
                .toList());
    }

    private Optional<NotificationTemplateJpaEntity> row(String name, String locale) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select t from NotificationTemplateJpaEntity t where t.name = :name and t.locale = :locale",
                        NotificationTemplateJpaEntity.class)
                .setParameter("name", name)
                .setParameter("locale", locale)
                .getResultStream()
                .findFirst());
    }

    private static void copyInto(NotificationTemplate t, NotificationTemplateJpaEntity entity) {
        entity.displayName = t.displayName();
        entity.description = t.description();
        entity.subjectTemplate = t.subject();
        entity.bodyTemplate = t.body();
        entity.htmlTemplate = t.html();
        entity.type = t.type();
        entity.channels = ChannelArrays.toArray(t.channels());
        entity.variables = t.variables().toArray(String[]::new);
        entity.active = t.active();
        entity.version = t.version();
        entity.updatedAt = t.updatedAt();
        entity.updatedBy = t.updatedBy() == null ? null : t.updatedBy().value();
    }

    private static NotificationTemplate toDomain(NotificationTemplateJpaEntity e) {
        return new NotificationTemplate(e.name, e.locale, e.displayName, e.description, e.subjectTemplate,
                e.bodyTemplate, e.htmlTemplate, e.type, ChannelArrays.toSet(e.channels), List.of(e.variables), e.active,
                e.version, e.updatedAt, e.updatedBy == null ? null : new MemberId(e.updatedBy));
    }
}
