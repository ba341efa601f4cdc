package org.namc.persistence.jpa.notifications;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.namc.notifications.domain.Channel;

/**
 * Channel sets in {@code notification_channel_enum[]} columns. The entities hold them as text
 * arrays and cast on write ({@link #WRITE}): Hibernate binds a {@code String[]} as {@code text[]},
 * which PostgreSQL does not assign to an enum array by itself, while reading an enum array
 * yields its labels as strings.
 */
final class ChannelArrays {
    /** The write expression for {@code @ColumnTransformer} on those columns. */
    static final String WRITE = "cast(? as notification_channel_enum[])";

    private ChannelArrays() {
    }

    /** In the enum's order, so that equal sets store equal arrays. */
    static String[] toArray(Collection<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).toArray(String[]::new);
    }

    static Set<Channel> toSet(String[] labels) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(labels).map(Channel::valueOf).forEach(channels::add);
        return channels;
    }
}
