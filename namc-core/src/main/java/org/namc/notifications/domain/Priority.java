package org.namc.notifications.domain;

/** The seed's {@code notification_priority_enum}. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
