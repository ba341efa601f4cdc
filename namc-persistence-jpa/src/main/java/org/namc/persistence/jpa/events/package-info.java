/**
 * The events stores: events and their registrations, mapped to the seed's {@code events} and
 * {@code event_registrations} tables.
 */
@NullMarked
package org.namc.persistence.jpa.events;

import org.jspecify.annotations.NullMarked;
