package org.namc.membership.security;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32, the alphabet authenticator apps expect for TOTP secrets. Encodes in upper
 * case without padding (what otpauth URIs carry); decodes leniently about case, padding and
 * spaces because people copy secrets by hand.
 */
public final class Base32 {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 0x1f]);
        }
        return out.toString();
    }

    /**
     * Decodes {@code text}; trailing bits that do not fill a byte are dropped, as RFC 4648
     * encoders only ever leave zero bits there.
     *
     * @throws IllegalArgumentException on a character outside the alphabet, '=' and space
     */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ' ') {
                continue;
            }
            buffer = (buffer << 5) | valueOf(c, i);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static int valueOf(char c, int index) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        // The position, not the character: the input may be a secret.
        throw new IllegalArgumentException("not a base32 character at index " + index);
    }
}
