package org.namc.messaging.domain;

/** The seed's {@code message_type_enum}. */
public enum MessageType { DIRECT, SYSTEM, ANNOUNCEMENT, PROJECT, EVENT }
