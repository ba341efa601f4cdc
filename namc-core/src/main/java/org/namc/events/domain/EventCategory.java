package org.namc.events.domain;

/** The seed's {@code event_category_enum}. */
public enum EventCategory {
    GENERAL, NETWORKING, TRAINING, WORKSHOP, CONFERENCE, WEBINAR, OUTREACH, SOCIAL, BOARD_MEETING, FUNDRAISER
}
