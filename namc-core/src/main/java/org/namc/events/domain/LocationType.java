package org.namc.events.domain;

/** The seed's {@code event_location_type_enum}. */
public enum LocationType { IN_PERSON, VIRTUAL, HYBRID }
