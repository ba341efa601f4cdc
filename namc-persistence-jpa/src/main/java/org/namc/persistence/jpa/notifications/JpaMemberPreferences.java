package org.namc.persistence.jpa.notifications;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.notifications.domain.QuietHours;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/** Members' delivery preferences in {@code notification_delivery_preferences}, one row per member. */
public final class JpaMemberPreferences implements MemberPreferences {
    private final JpaTransactions transactions;

    public JpaMemberPreferences(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(DeliveryPreferences preferences) {
        transactions.withEntityManager(em -> {
            DeliveryPreferencesJpaEntity stored = em.find(DeliveryPreferencesJpaEntity.class,
                    preferences.member().value());
            boolean isNew = stored == null;
            if (isNew) {
                stored = new DeliveryPreferencesJpaEntity(preferences.member().value());
            }
            copyInto(preferences, stored);
            if (isNew) {
                em.persist(stored);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public Optional<DeliveryPreferences> find(MemberId member) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(DeliveryPreferencesJpaEntity.class, member.value()))
                        .map(JpaMemberPreferences::toDomain));
    }

    private static void copyInto(DeliveryPreferences p, DeliveryPreferencesJpaEntity entity) {
        entity.timeZone = p.timeZone().getId();
        entity.locale = p.locale();
        entity.channelsOff = ChannelArrays.toArray(p.channelsOff());
        Map<String, List<String>> perCategory = new LinkedHashMap<>();
        p.categoryChannelsOff().forEach((category, off) -> perCategory.put(category, List.of(ChannelArrays.toArray(off))));
        entity.categoryChannelsOff = perCategory;
        entity.digestCategories = p.digestCategories().toArray(String[]::new);
        entity.digestWindowSeconds = Math.toIntExact(p.digestWindow().toSeconds());
        entity.quietStart = p.quietHours() == null ? null : p.quietHours().start();
        entity.quietEnd = p.quietHours() == null ? null : p.quietHours().end();
        Map<String, String> undeliverable = new TreeMap<>();
        p.undeliverable().forEach((channel, address) -> undeliverable.put(channel.name(), address));
        entity.undeliverable = undeliverable;
    }

    private static DeliveryPreferences toDomain(DeliveryPreferencesJpaEntity e) {
        Map<String, Set<Channel>> perCategory = new LinkedHashMap<>();
        e.categoryChannelsOff.forEach((category, off) ->
                perCategory.put(category, ChannelArrays.toSet(off.toArray(String[]::new))));
        QuietHours quiet = e.quietStart == null || e.quietEnd == null ? null : new QuietHours(e.quietStart, e.quietEnd);
        return new DeliveryPreferences(new MemberId(e.userId), ZoneId.of(e.timeZone), e.locale,
                ChannelArrays.toSet(e.channelsOff), perCategory, Set.copyOf(Arrays.asList(e.digestCategories)),
                Duration.ofSeconds(e.digestWindowSeconds), quiet, undeliverable(e.undeliverable));
    }

    private static Map<Channel, String> undeliverable(Map<String, String> stored) {
        Map<Channel, String> marks = new EnumMap<>(Channel.class);
        stored.forEach((channel, address) -> marks.put(Channel.valueOf(channel), address));
        return marks;
    }
}
