package org.namc.persistence.jpa.audit;

/** The values of {@code audit_severity_enum}. */
enum AuditSeverity { DEBUG, INFO, WARNING, ERROR, CRITICAL }
