package org.namc.reports.internal;

import org.namc.events.RegistrationView;
import org.namc.membership.MemberView;

/** One line of an attendee list: the registration and who holds it. */
record AttendeeRow(RegistrationView registration, MemberView member) {
}
