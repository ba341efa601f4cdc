package org.namc.reports.internal;

import org.namc.events.domain.Registration;
import org.namc.membership.MemberView;

/** One line of an attendee list: the registration and who holds it. */
record AttendeeRow(Registration registration, MemberView member) {
}
