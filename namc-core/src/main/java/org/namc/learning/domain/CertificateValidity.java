package org.namc.learning.domain;

/** What public verification says about a certificate. */
public enum CertificateValidity {
    VALID,
    EXPIRED,
    REVOKED,
    /** Its stored content no longer matches its hash or signature: tampered with. */
    INVALID
}
