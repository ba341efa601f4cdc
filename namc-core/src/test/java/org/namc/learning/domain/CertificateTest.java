package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.learning.security.Ed25519CertificateSigner;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

class CertificateTest {
    private static final Instant ISSUED = Instant.parse("2026-04-10T18:30:00Z");
    private final SecureRandom random = new SecureRandom();
    private final Ed25519CertificateSigner signer = Ed25519CertificateSigner.generate("assoc-2026", random);

    private static CertificateContent content(String name, String score) {
        return new CertificateContent(CertificateNumber.of("NAMC", 2026, 42), new MemberId(new UUID(1, 1)), name,
                new CourseId(new UUID(2, 2)), "Site Safety & OSHA 10", LocalDate.of(2026, 4, 10),
                new BigDecimal(score), ISSUED, ISSUED.plusSeconds(86_400));
    }

    private Certificate issue(CertificateContent content) {
        String signature = Base64.getEncoder().encodeToString(signer.sign(content.canonicalBytes()));
        return Certificate.issue(new CertificateId(new UUID(3, 3)), content, VerificationCode.generate(random),
                signature, signer.keyId(), 95);
    }

    @Test
    void theCanonicalTextIsStableAndBindsEveryField() {
        CertificateContent content = content("Ana María\nLópez", "87.50");
        assertThat(content.format()).isEqualTo(CertificateFormat.V2);
        assertThat(content.canonicalText()).isEqualTo("""
                namc-certificate/2
                number=NAMC-2026-000042
                member=00000000-0000-0001-0000-000000000001
                name=Ana%20Mar%C3%ADa%0AL%C3%B3pez
                course=00000000-0000-0002-0000-000000000002
                title=Site%20Safety%20%26%20OSHA%2010
                completed=2026-04-10
                score=87.50
                issued=2026-04-10T18%3A30%3A00Z
                expires=2026-04-11T18%3A30%3A00Z
                """);
        assertThat(content.hash()).hasSize(64).isEqualTo(content("Ana María\nLópez", "87.50").hash())
                .isNotEqualTo(content("Ana María\nLópez", "87.51").hash())
                .isNotEqualTo(content("Ana Maria\nLópez", "87.50").hash());
    }

    @Test
    void formatTwoPercentEncodesAllButTheUnreservedCharactersOfRfc3986() {
        assertThat(CertificateFormat.V2.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(CertificateFormat.V2.encode(" !'()*+,/:;=?@[]&%\"")).isEqualTo(
                "%20%21%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D%26%25%22");
        assertThat(CertificateFormat.V2.encode("é😀")).isEqualTo("%C3%A9%F0%9F%98%80");
        // Version 1 was Java's form encoding: what certificates issued under it were signed with.
        assertThat(CertificateFormat.V1.encode("a b*~'")).isEqualTo("a+b*%7E%27");
    }

    @Test
    void certificatesIssuedInFormatOneKeepVerifying() {
        CertificateContent v1 = new CertificateContent(CertificateNumber.of("NAMC", 2026, 42),
                new MemberId(new UUID(1, 1)), "Ana López", new CourseId(new UUID(2, 2)), "Site Safety & OSHA 10",
                LocalDate.of(2026, 4, 10), new BigDecimal("87.50"), ISSUED, null, CertificateFormat.V1);
        assertThat(v1.canonicalText()).startsWith("namc-certificate/1\n").contains("name=Ana+L%C3%B3pez\n")
                .contains("title=Site+Safety+%26+OSHA+10\n").endsWith("expires=-\n");
        Certificate issued = issue(v1);
        CertificateContent reloaded = new CertificateContent(v1.number(), v1.memberId(), v1.recipientName(),
                v1.courseId(), v1.courseTitle(), v1.completedOn(), v1.finalScore(), v1.issuedAt(), v1.expiresAt(),
                CertificateFormat.ofVersion(1));

        assertThat(CertificateSignatures.verify(signer.publicKey(), reloaded, issued.signature())).isTrue();
        assertThat(Certificate.restore(issued.id(), reloaded, issued.verificationCode(), issued.contentHash(),
                issued.signature(), issued.signingKeyId(), 95, null, null, 0).isIntact()).isTrue();
        CertificateContent readAsCurrent = new CertificateContent(v1.number(), v1.memberId(), v1.recipientName(),
                v1.courseId(), v1.courseTitle(), v1.completedOn(), v1.finalScore(), v1.issuedAt(), v1.expiresAt());
        assertThat(CertificateSignatures.verify(signer.publicKey(), readAsCurrent, issued.signature()))
                .as("the format is part of what is signed").isFalse();
    }

    @Test
    void aThirdPartyVerifiesTheSignatureOfflineWithThePublicKeyAlone() {
        Certificate certificate = issue(content("Ana López", "91.00"));
        var published = CertificateSignatures.publicKey(signer.publicKey().getEncoded());

        assertThat(CertificateSignatures.verify(published, certificate.content(), certificate.signature())).isTrue();
        assertThat(CertificateSignatures.verify(published, content("Ana López", "99.00"), certificate.signature()))
                .as("a raised score").isFalse();
        var otherKey = Ed25519CertificateSigner.generate("forger", random).publicKey();
        assertThat(CertificateSignatures.verify(otherKey, certificate.content(), certificate.signature())).isFalse();
        assertThat(CertificateSignatures.verify(published, certificate.content(), "not base64!")).isFalse();
        assertThat(signer.toString()).doesNotContain(Base64.getEncoder().encodeToString(
                signer.publicKey().getEncoded())).contains("assoc-2026");
    }

    @Test
    void validityFollowsRevocationIntegrityAndExpiry() {
        Certificate certificate = issue(content("Ana López", "91.00"));
        Instant expiry = certificate.content().expiresAt();
        assertThat(certificate.isIntact()).isTrue();
        assertThat(certificate.validityAt(ISSUED)).isEqualTo(CertificateValidity.VALID);
        assertThat(certificate.validityAt(expiry.minusNanos(1))).isEqualTo(CertificateValidity.VALID);
        assertThat(certificate.validityAt(expiry)).isEqualTo(CertificateValidity.EXPIRED);

        Certificate revoked = certificate.revoked("issued in error", ISSUED.plusSeconds(60));
        assertThat(revoked.validityAt(ISSUED.plusSeconds(59))).isEqualTo(CertificateValidity.VALID);
        assertThat(revoked.validityAt(ISSUED.plusSeconds(60))).isEqualTo(CertificateValidity.REVOKED);
        assertThatNamcException(() -> revoked.revoked("again", ISSUED)).hasReason(LearningRefusal.CERTIFICATE_REVOKED);

        Certificate tampered = Certificate.restore(certificate.id(), content("Ana López", "100.00"),
                certificate.verificationCode(), certificate.contentHash(), certificate.signature(),
                certificate.signingKeyId(), 95, null, null, 0);
        assertThat(tampered.validityAt(ISSUED)).isEqualTo(CertificateValidity.INVALID);
    }

    @Test
    void instantsAreSignedAtTheMicrosecondsADatabaseKeeps() {
        Instant finerThanStores = ISSUED.plusNanos(123_456_789);
        CertificateContent issued = new CertificateContent(CertificateNumber.of("NAMC", 2026, 42),
                new MemberId(new UUID(1, 1)), "Ada", new CourseId(new UUID(2, 2)), "Site Safety",
                LocalDate.of(2026, 4, 10), null, finerThanStores, finerThanStores.plusSeconds(60));
        CertificateContent reloaded = new CertificateContent(issued.number(), issued.memberId(), "Ada",
                issued.courseId(), "Site Safety", issued.completedOn(), null, ISSUED.plusNanos(123_456_000),
                ISSUED.plusNanos(123_456_000).plusSeconds(60));

        assertThat(issued.issuedAt()).isEqualTo(ISSUED.plusNanos(123_456_000));
        assertThat(reloaded.canonicalText()).isEqualTo(issued.canonicalText());
    }

    @Test
    void numbersAreHumanReadable() {
        assertThat(CertificateNumber.of("NAMC", 2026, 7).value()).isEqualTo("NAMC-2026-000007");
        assertThat(CertificateNumber.of("NAMC", 2026, 1_234_567).value()).isEqualTo("NAMC-2026-1234567");
        assertThatNamcException(() -> new CertificateNumber("namc-1")).hasViolation("number", "format");
    }
}
