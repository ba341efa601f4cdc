package org.namc.membership;

import org.namc.shared.domain.MemberId;

/** A registered member and the verification token to deliver to them. */
public record Registration(MemberId memberId, IssuedToken verification) {
}
