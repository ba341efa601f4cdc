package org.namc.persistence.jpa.membership;

/** The stored shape of {@code users.notification_preferences}, with the seed's keys. */
record NotificationPreferencesJson(boolean email, boolean sms, boolean push, boolean marketing,
                                   boolean projectAlerts, boolean eventReminders) {
}
