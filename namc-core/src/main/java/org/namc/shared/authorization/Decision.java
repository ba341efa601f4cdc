package org.namc.shared.authorization;

/**
 * An access decision with the reason a person can read: which grant, role and rule
 * allowed it, or why nothing did.
 */
public sealed interface Decision {

    String reason();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    record Allowed(String reason) implements Decision {
    }

    record Denied(String reason) implements Decision {
    }
}
