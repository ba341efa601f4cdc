package org.namc.membership.domain;

/** The seed's {@code notification_preferences} with its defaults: channels, then categories. */
public record NotificationPreferences(boolean email, boolean sms, boolean push, boolean marketing,
                                      boolean projectAlerts, boolean eventReminders) {

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(true, false, true, true, true, true);
    }
}
