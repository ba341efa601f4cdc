package org.namc.notifications;

import java.util.Objects;

/**
 * What an inbound text did, and the reply to text back (carrier rules: every keyword is
 * answered). {@code text} is empty when no reply is due (an ordinary message).
 */
public record SmsReply(Outcome outcome, String text) {

    public enum Outcome {
        /** STOP (or STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT): SMS switched off. */
        OPTED_OUT,
        /** START (or UNSTOP, YES): SMS switched on again. */
        OPTED_IN,
        /** HELP (or INFO): the help text. */
        HELP,
        /** Not a keyword, or from a number no single member holds: nothing changed. */
        IGNORED
    }

    public SmsReply {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
    }
}
