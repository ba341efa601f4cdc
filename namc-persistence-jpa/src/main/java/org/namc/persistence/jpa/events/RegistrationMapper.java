package org.namc.persistence.jpa.events;

import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.namc.events.domain.Attendee;
import org.namc.events.domain.EmergencyContact;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.persistence.jpa.events.EventJsonDocuments.EmergencyContactJson;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * Copies between the core's {@link Registration} and its {@code event_registrations} row. Both
 * amounts share the row's {@code currency}, and {@code amount_paid} counts only with a payment id:
 * the core records a payment together with its amount, in the currency due.
 */
final class RegistrationMapper {
    private RegistrationMapper() {
    }

    static RegistrationJpaEntity newEntity(Registration registration) {
        RegistrationJpaEntity entity = new RegistrationJpaEntity(registration.id().value(),
                registration.eventId().value(), registration.memberId().value());
        copyInto(registration, entity);
        return entity;
    }

    /** Everything but the ids and the version, which the store and Hibernate own. */
    static void copyInto(Registration registration, RegistrationJpaEntity entity) {
        Money due = registration.amountDue();
        Money paid = registration.amountPaid();
        if ((paid == null) != (registration.paymentId() == null)
                || due != null && paid != null && !due.currency().equals(paid.currency())) {
            throw new IllegalArgumentException("registration " + registration.id()
                    + ": a payment comes with its amount, in the currency due");
        }
        entity.registrationDate = registration.registeredAt();
        entity.status = registration.status();
        entity.waitlistTicket = registration.waitlistTicket();
        entity.holdExpiresAt = registration.holdExpiresAt();
        entity.amountDue = due == null ? null : Amounts.storable(due);
        entity.paymentId = registration.paymentId();
        entity.amountPaid = paid == null ? BigDecimal.ZERO : Amounts.storable(paid);
        Money priced = due != null ? due : paid;
        entity.currency = priced == null ? null : priced.currency().getCurrencyCode();
        entity.checkedIn = registration.checkedInAt() != null;
        entity.checkInTime = registration.checkedInAt();
        entity.checkedInBy = registration.checkedInBy() == null ? null : registration.checkedInBy().value();
        entity.attended = registration.attended();
        copyAttendee(registration.attendee(), entity);
        entity.promotedAt = registration.promotedAt();
        entity.statusReason = registration.statusReason();
        entity.updatedAt = registration.updatedAt();
    }

    static Registration toDomain(RegistrationJpaEntity entity) {
        @Nullable Currency currency = entity.currency == null ? null : Currency.getInstance(entity.currency);
        return new Registration(new RegistrationId(entity.id), new EventId(entity.eventId), new MemberId(entity.userId),
                entity.status, entity.registrationDate, entity.waitlistTicket, entity.holdExpiresAt,
                money(entity.amountDue, currency), entity.paymentId,
                entity.paymentId == null ? null : money(entity.amountPaid, currency), entity.checkInTime,
                entity.checkedInBy == null ? null : new MemberId(entity.checkedInBy), entity.attended,
                attendee(entity), entity.promotedAt, entity.statusReason, entity.updatedAt, entity.version);
    }

    private static void copyAttendee(Attendee attendee, RegistrationJpaEntity entity) {
        EmergencyContact contact = attendee.emergencyContact();
        entity.dietaryRestrictions = attendee.dietaryRestrictions();
        entity.accessibilityNeeds = attendee.accessibilityNeeds();
        entity.emergencyContact = contact == null ? null
                : new EmergencyContactJson(contact.name(), contact.phone(), contact.relationship());
        entity.customFields = attendee.customFields();
        entity.wantsReminders = attendee.wantsReminders();
        entity.wantsFollowUp = attendee.wantsFollowUp();
    }

    private static Attendee attendee(RegistrationJpaEntity entity) {
        EmergencyContactJson c = entity.emergencyContact;
        return new Attendee(entity.dietaryRestrictions, entity.accessibilityNeeds,
                c == null ? null : new EmergencyContact(c.name(), c.phone(), c.relationship()), entity.customFields,
                entity.wantsReminders, entity.wantsFollowUp);
    }

    private static @Nullable Money money(@Nullable BigDecimal amount, @Nullable Currency currency) {
        return amount == null || currency == null ? null : Money.of(amount, currency);
    }
}
