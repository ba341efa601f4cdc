package org.namc.notifications.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * How a member wants to be reached: channels switched off altogether, channels switched off per
 * category, categories bundled into digests, quiet hours in their own time zone, and the locale
 * templates render in. Kept by the notifications context, keyed by member: richer than the
 * membership profile's six switches, which a host may map onto it.
 *
 * @param digestWindow  the length of the fixed windows (aligned to the epoch) whose alerts of a
 *                      digest category go out as one message when the window closes
 * @param undeliverable per channel, the address that was rejected for good (a 550 recipient, a hard
 *                      bounce, a complaint): the channel is not used while the member's address is
 *                      still that one. Kept by the system; a member's own update leaves it as it is.
 */
public record DeliveryPreferences(MemberId member, ZoneId timeZone, String locale, Set<Channel> channelsOff,
                                  Map<String, Set<Channel>> categoryChannelsOff, Set<String> digestCategories,
                                  Duration digestWindow, @Nullable QuietHours quietHours,
                                  Map<Channel, String> undeliverable) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Los_Angeles");
    public static final String DEFAULT_LOCALE = "en-US";

    public DeliveryPreferences {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(digestWindow, "digestWindow");
        if (digestWindow.compareTo(Duration.ofMinutes(5)) < 0 || digestWindow.compareTo(Duration.ofDays(7)) > 0) {
            throw NamcException.invalid("digestWindow", ViolationRule.RANGE, "must be between 5 minutes and 7 days");
        }
        if (Duration.ofDays(1).toSeconds() % digestWindow.toSeconds() != 0 && digestWindow.toSeconds() % 86_400 != 0) {
            throw NamcException.invalid("digestWindow", "divides-day",
                    "must divide a day evenly (5, 10, 15, 30 minutes, 1, 2, 3, 4, 6, 8, 12 hours) or be whole days");
        }
        locale = Locale.forLanguageTag(locale).toLanguageTag();
        channelsOff = Collections.unmodifiableSet(channelsOff.isEmpty() ? EnumSet.noneOf(Channel.class)
                : EnumSet.copyOf(channelsOff));
        TreeMap<String, Set<Channel>> perCategory = new TreeMap<>();
        categoryChannelsOff.forEach((category, off) -> {
            if (!off.isEmpty()) {
                perCategory.put(category, Collections.unmodifiableSet(EnumSet.copyOf(off)));
            }
        });
        categoryChannelsOff = Collections.unmodifiableMap(perCategory);
        digestCategories = Collections.unmodifiableSet(new TreeSet<>(digestCategories));
        undeliverable = undeliverable.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(undeliverable));
    }

    public DeliveryPreferences(MemberId member, ZoneId timeZone, String locale, Set<Channel> channelsOff,
                               Map<String, Set<Channel>> categoryChannelsOff, Set<String> digestCategories,
                               Duration digestWindow, @Nullable QuietHours quietHours) {
        this(member, timeZone, locale, channelsOff, categoryChannelsOff, digestCategories, digestWindow, quietHours,
                Map.of());
    }

    /**
     * The defaults every member starts with, after the seed's {@code notification_preferences}:
     * email and push on, SMS off, project alerts bundled hourly, no quiet hours.
     */
    public static DeliveryPreferences defaults(MemberId member) {
        return new DeliveryPreferences(member, DEFAULT_ZONE, DEFAULT_LOCALE, EnumSet.of(Channel.SMS), Map.of(),
                Set.of(NotificationType.PROJECT.defaultCategory()), Duration.ofHours(1), null);
    }

    /** Whether the member accepts {@code category} on {@code channel}; critical types ignore this. */
    public boolean accepts(Channel channel, String category) {
        return !channelsOff.contains(channel)
                && !categoryChannelsOff.getOrDefault(category, Set.of()).contains(channel);
    }

    /** Whether {@code channel} was rejected for good at {@code currentAddress}, the member's address now. */
    public boolean isUndeliverable(Channel channel, @Nullable String currentAddress) {
        String rejected = undeliverable.get(channel);
        return rejected != null && currentAddress != null && rejected.equalsIgnoreCase(currentAddress);
    }

    /** Stops using {@code channel} while the member's address stays {@code address}. */
    public DeliveryPreferences withUndeliverable(Channel channel, String address) {
        Map<Channel, String> marks = new EnumMap<>(Channel.class);
        marks.putAll(undeliverable);
        marks.put(channel, address);
        return new DeliveryPreferences(member, timeZone, locale, channelsOff, categoryChannelsOff, digestCategories,
                digestWindow, quietHours, marks);
    }

    /** The same preferences carrying {@code marks} as their undeliverable addresses. */
    public DeliveryPreferences withUndeliverable(Map<Channel, String> marks) {
        return new DeliveryPreferences(member, timeZone, locale, channelsOff, categoryChannelsOff, digestCategories,
                digestWindow, quietHours, marks);
    }

    /** {@code channel} switched off (or on again) for every category. */
    public DeliveryPreferences withChannel(Channel channel, boolean on) {
        Set<Channel> off = EnumSet.noneOf(Channel.class);
        off.addAll(channelsOff);
        if (on) {
            off.remove(channel);
        } else {
            off.add(channel);
        }
        return new DeliveryPreferences(member, timeZone, locale, off, categoryChannelsOff, digestCategories,
                digestWindow, quietHours, undeliverable);
    }

    /** {@code channel} switched off for {@code category} only. */
    public DeliveryPreferences withCategoryChannelOff(String category, Channel channel) {
        Map<String, Set<Channel>> perCategory = new TreeMap<>(categoryChannelsOff);
        Set<Channel> off = EnumSet.of(channel);
        off.addAll(perCategory.getOrDefault(category, Set.of()));
        perCategory.put(category, off);
        return new DeliveryPreferences(member, timeZone, locale, channelsOff, perCategory, digestCategories,
                digestWindow, quietHours, undeliverable);
    }

    public boolean digests(String category) {
        return digestCategories.contains(category);
    }

    /** The end of the digest window {@code instant} falls in. */
    public Instant digestWindowEnd(Instant instant) {
        long window = digestWindow.toSeconds();
        long start = Math.floorDiv(instant.getEpochSecond(), window) * window;
        return Instant.ofEpochSecond(start + window);
    }

    public boolean isQuietAt(Instant instant) {
        return quietHours != null && quietHours.contains(instant, timeZone);
    }

    public Instant nextAllowed(Instant instant) {
        return quietHours == null ? instant : quietHours.nextAllowed(instant, timeZone);
    }
}
