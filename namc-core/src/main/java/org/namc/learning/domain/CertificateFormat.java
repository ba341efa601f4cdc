package org.namc.learning.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a certificate's canonical text encodes its values. The text's first line names the format,
 * so it is part of what is signed; a certificate keeps the format it was issued in and verifies
 * under it for ever, and new certificates are issued in {@link #CURRENT}.
 */
public enum CertificateFormat {
    /**
     * {@code namc-certificate/1}: values in Java's form encoding ({@link URLEncoder}, UTF-8), where
     * a space is {@code +}, {@code *} stays and {@code ~} becomes {@code %7E}. Kept for
     * certificates issued before version 2; hard to rebuild outside Java.
     */
    V1(1, "namc-certificate/1"),
    /**
     * {@code namc-certificate/2}: values as RFC 3986 percent-encoding of UTF-8 bytes. The
     * unreserved characters {@code A-Z a-z 0-9 - . _ ~} stay as they are; every other byte is
     * {@code %} and two upper-case hex digits (a space is {@code %20}).
     */
    V2(2, "namc-certificate/2");

    public static final CertificateFormat CURRENT = V2;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final int version;
    private final String header;

    CertificateFormat(int version, String header) {
        this.version = version;
        this.header = header;
    }

    /** The number stored with a certificate. */
    public int version() {
        return version;
    }

    /** The canonical text's first line. */
    public String header() {
        return header;
    }

    public static CertificateFormat ofVersion(int version) {
        return Arrays.stream(values()).filter(f -> f.version == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no certificate format " + version));
    }

    /** One value as this format writes it. */
    public String encode(String value) {
        return this == V1 ? URLEncoder.encode(value, StandardCharsets.UTF_8) : percentEncode(value);
    }

    private static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
