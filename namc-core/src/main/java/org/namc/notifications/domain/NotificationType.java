package org.namc.notifications.domain;

import java.util.Locale;

/** The seed's {@code notification_type_enum}. Critical types reach the member whatever they opted out of. */
public enum NotificationType {
    SYSTEM, SECURITY, MEMBERSHIP, PROJECT, APPLICATION, COURSE, EVENT, PAYMENT, MESSAGE;

    /** Security alerts (a new login, a changed password) must reach the member: they bypass opt-outs and quiet hours. */
    public boolean isCritical() {
        return this == SECURITY;
    }

    /** The category a notification of this type has when the sender names none. */
    public String defaultCategory() {
        return name().toLowerCase(Locale.ROOT);
    }
}
