package org.namc.persistence.jpa.events;

import org.jspecify.annotations.Nullable;

/** The stored shapes of the jsonb documents of {@code events} and {@code event_registrations} (snake_case keys). */
final class EventJsonDocuments {
    private EventJsonDocuments() {
    }

    /** {@code events.venue_address}. */
    record VenueAddressJson(String street, @Nullable String line2, String city, String state, String postalCode,
                            String country) {
    }

    /** An element of {@code events.agenda}; times are the event's local {@code HH:mm[:ss]}. */
    record AgendaItemJson(String startsAt, @Nullable String endsAt, String title, @Nullable String speaker) {
    }

    /** An element of {@code events.speakers}. */
    record SpeakerJson(String name, @Nullable String title, @Nullable String company, @Nullable String bio,
                       @Nullable String photo) {
    }

    /** An element of {@code events.sponsors}. */
    record SponsorJson(String name, @Nullable String tier, @Nullable String website, @Nullable String logo) {
    }

    /** {@code event_registrations.emergency_contact}. */
    record EmergencyContactJson(String name, String phone, @Nullable String relationship) {
    }
}
