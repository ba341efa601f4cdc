package org.namc.events.domain;

/** The seed's {@code event_status_enum}. Only a published event takes registrations. */
public enum EventStatus { DRAFT, PUBLISHED, POSTPONED, CANCELLED, COMPLETED }
