package org.namc.messaging.domain;

/** The seed's {@code message_priority_enum}. */
public enum MessagePriority { LOW, NORMAL, HIGH, URGENT }
