package org.namc.membership;

import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/** The TOTP secret in base32 and as an {@code otpauth://} URI for a QR code; shown once. */
public record TwoFactorEnrollment(MemberId memberId, Secret base32Secret, Secret otpauthUri) {
}
