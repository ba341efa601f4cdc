/**
 * The notifications stores: notifications, templates per locale, members' delivery preferences,
 * and the outbox concurrent dispatchers claim deliveries from.
 */
@NullMarked
package org.namc.persistence.jpa.notifications;

import org.jspecify.annotations.NullMarked;
