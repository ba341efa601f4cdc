package org.namc.learning.domain;

import java.math.BigDecimal;
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
 * and checks the signature with the association's public key, offline. The text is UTF-8:
 * the format's header line ({@code namc-certificate/2}), then one {@code key=value} line per
 * field in the order below, each line ended by a line feed ({@code \n}, also after the last):
 * {@code number, member, name, course, title, completed, score, issued, expires}. Values are
 * encoded as the {@link CertificateFormat} says (version 2: RFC 3986 percent-encoding of all but
 * {@code A-Z a-z 0-9 - . _ ~}); an absent score or expiry is written {@code -}. Instants are
 * ISO-8601 in UTC ({@code 2026-04-10T18:30:00Z}; a non-zero fraction of a second in three or
 * six digits, {@code .250Z}, {@code .123456Z}), the completion date {@code yyyy-MM-dd}, the score
 * a plain decimal ({@code 87.50}).
 */
public record CertificateContent(CertificateNumber number, MemberId memberId, String recipientName,
                                 CourseId courseId, String courseTitle, LocalDate completedOn,
                                 @Nullable BigDecimal finalScore, Instant issuedAt, @Nullable Instant expiresAt,
                                 CertificateFormat format) {

    /** Content in the {@link CertificateFormat#CURRENT} format, as new certificates are issued. */
    public CertificateContent(CertificateNumber number, MemberId memberId, String recipientName, CourseId courseId,
                              String courseTitle, LocalDate completedOn, @Nullable BigDecimal finalScore,
                              Instant issuedAt, @Nullable Instant expiresAt) {
        this(number, memberId, recipientName, courseId, courseTitle, completedOn, finalScore, issuedAt, expiresAt,
                CertificateFormat.CURRENT);
    }

    public CertificateContent {
        Objects.requireNonNull(format, "format");
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
        return format.header() + "\n"
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

    private String line(String key, @Nullable String value) {
        return key + "=" + (value == null ? "-" : format.encode(value)) + "\n";
    }
}
