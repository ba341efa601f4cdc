package org.namc.learning.domain;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * What a certificate attests, and its canonical text: the bytes its content hash and its
 * signature are computed over. A third party rebuilds the text from a certificate's fields
 * and checks the signature with the association's public key, offline. The format is
 * {@value #FORMAT} followed by one {@code key=value} line per field, in the order below,
 * values URL-encoded (UTF-8) and absent values written as {@code -}:
 * {@code number, member, name, course, title, completed, score, issued, expires}.
 */
public record CertificateContent(CertificateNumber number, MemberId memberId, String recipientName,
                                 CourseId courseId, String courseTitle, LocalDate completedOn,
                                 @Nullable BigDecimal finalScore, Instant issuedAt, @Nullable Instant expiresAt) {
    public static final String FORMAT = "namc-certificate/1";

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(issuedAt, "issuedAt");
        // Microseconds are the finest every store keeps (PostgreSQL's timestamptz); a finer clock
        // would otherwise sign an instant that no longer matches the certificate once reloaded.
        issuedAt = issuedAt.truncatedTo(ChronoUnit.MICROS);
        expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String canonicalText() {
        return FORMAT + "\n"
                + line("number", number.value())
                + line("member", memberId.toString())
                + line("name", recipientName)
                + line("course", courseId.toString())
                + line("title", courseTitle)
                + line("completed", completedOn.toString())
                + line("score", finalScore == null ? null : finalScore.toPlainString())
                + line("issued", issuedAt.toString())
                + line("expires", expiresAt == null ? null : expiresAt.toString());
    }

    public byte[] canonicalBytes() {
        return canonicalText().getBytes(StandardCharsets.UTF_8);
    }

    /** The lower-case hex SHA-256 of the canonical text. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String line(String key, @Nullable String value) {
        return key + "=" + (value == null ? "-" : URLEncoder.encode(value, StandardCharsets.UTF_8)) + "\n";
    }
}
