package org.namc.learning;

import java.time.LocalDate;
import org.namc.learning.domain.CertificateValidity;

/**
 * What anyone learns by verifying a certificate code: the holder's name, the course, the
 * completion date and the validity, and nothing else.
 */
public sealed interface CertificateVerification {

    record Found(String recipientName, String courseTitle, LocalDate completedOn,
                 CertificateValidity validity) implements CertificateVerification {
    }

    record NotFound() implements CertificateVerification {
    }
}
