package org.namc.notifications.sms;

import java.util.Objects;

/**
 * How many SMS segments a text takes (3GPP TS 23.038): GSM-7 when every character is in the
 * default alphabet or its extension table (the extension ones count twice), 160 septets in one
 * segment or 153 per segment of a concatenated message; otherwise UCS-2, 70 UTF-16 units or 67
 * per segment. Carriers bill per segment, so a host caps them and long texts are shortened.
 */
public final class SmsSegments {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public enum Encoding { GSM_7, UCS_2 }

    /** A text's encoding, length in its units (septets or UTF-16 units) and segment count. */
    public record Count(Encoding encoding, int units, int segments) {
    }

    private SmsSegments() {
    }

    public static Count count(String text) {
        Objects.requireNonNull(text, "text");
        int septets = septets(text);
        if (septets >= 0) {
            return new Count(Encoding.GSM_7, septets, septets <= 160 ? 1 : ceilDiv(septets, 153));
        }
        int units = text.length();
        return new Count(Encoding.UCS_2, units, units <= 70 ? 1 : ceilDiv(units, 67));
    }

    /**
     * {@code text} followed by {@code link}, the text cut (with an ellipsis) so that the whole fits
     * in {@code maxSegments}; the link is never cut, as it is what the member acts on.
     *
     * @throws IllegalArgumentException when the link alone does not fit
     */
    public static String fit(String text, String link, int maxSegments) {
        String joined = link.isEmpty() ? text : text + " " + link;
        if (count(joined).segments() <= maxSegments) {
            return joined;
        }
        boolean gsm = count(joined).encoding() == Encoding.GSM_7;
        String ellipsis = gsm ? "..." : "…";
        int low = 0;
        int high = text.length();
        String best = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            String candidate = cut(text, mid).stripTrailing() + ellipsis + (link.isEmpty() ? "" : " " + link);
            if (count(candidate).segments() <= maxSegments) {
                best = candidate;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the link alone does not fit in " + maxSegments + " segments");
        }
        return best;
    }

    /** The first {@code length} chars, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        int end = Math.min(length, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Septets in GSM-7, or -1 when a character needs UCS-2. */
    private static int septets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
