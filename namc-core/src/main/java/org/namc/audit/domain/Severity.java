package org.namc.audit.domain;

/** The seed's {@code audit_severity_enum}, lowest first. */
public enum Severity { DEBUG, INFO, WARNING, ERROR, CRITICAL }
