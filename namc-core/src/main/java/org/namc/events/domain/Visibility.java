package org.namc.events.domain;

/** The seed's {@code event_visibility_enum}: who may see the event. */
public enum Visibility { PUBLIC, MEMBERS_ONLY, PRIVATE }
