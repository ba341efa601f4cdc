package org.namc.notifications.templates;

/** Thrown inside a render when a value tag names a variable the caller did not supply. */
final class MissingVariable extends RuntimeException {
    private final String name;

    MissingVariable(String name) {
        super("missing template variable " + name, null, false, false);
        this.name = name;
    }

    String name() {
        return name;
    }
}
