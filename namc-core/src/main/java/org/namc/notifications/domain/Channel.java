package org.namc.notifications.domain;

/** The seed's {@code notification_channel_enum}: where a notification can reach a member. */
public enum Channel { IN_APP, EMAIL, SMS, PUSH }
