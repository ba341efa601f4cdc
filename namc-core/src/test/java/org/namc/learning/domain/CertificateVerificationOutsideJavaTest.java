package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namc.learning.CertificateKey;
import org.namc.learning.security.Ed25519CertificateSigner;
import org.namc.shared.domain.MemberId;

/**
 * A certificate verifies with tools that share no code with the library: the {@code openssl}
 * command line (the README's recipe) on the canonical text, and the Node.js verifier shipped in
 * {@code docs/verify-certificate.mjs}, which rebuilds the text from the certificate's fields
 * itself, in both formats. Values use every character class the encodings treat differently.
 */
class CertificateVerificationOutsideJavaTest {
    private static final Path NODE_VERIFIER = Path.of("..", "docs", "verify-certificate.mjs");
    private static final String AWKWARD_NAME = "Zoë O'Brien (Ñandú) *~!+ & 100% \"tested\" 😀";

    private final Ed25519CertificateSigner signer = Ed25519CertificateSigner.generate("namc-2026", new SecureRandom());
    private final CertificateKey key = new CertificateKey(signer.keyId(), signer.publicKey());

    @TempDir
    Path dir;

    private CertificateContent content(CertificateFormat format, String name) {
        Instant issued = Instant.parse("2026-04-10T18:30:00.250Z");
        return new CertificateContent(CertificateNumber.of("NAMC", 2026, 42), new MemberId(new UUID(1, 1)), name,
                new CourseId(new UUID(2, 2)), "Trench Safety: 1/2 day (OSHA)", LocalDate.of(2026, 4, 10),
                new BigDecimal("87.50"), issued, format == CertificateFormat.V1 ? null : issued.plusSeconds(86_400),
                format);
    }

    private String sign(CertificateContent content) {
        return Base64.getEncoder().encodeToString(signer.sign(content.canonicalBytes()));
    }

    @Test
    void opensslVerifiesTheSignatureOverTheCanonicalText() throws Exception {
        CertificateContent content = content(CertificateFormat.CURRENT, AWKWARD_NAME);
        Path pem = Files.writeString(dir.resolve("association.pem"), key.pem());
        Path text = Files.write(dir.resolve("certificate.txt"), content.canonicalBytes());
        Path signature = Files.write(dir.resolve("certificate.sig"), Base64.getDecoder().decode(sign(content)));
        Path altered = Files.write(dir.resolve("altered.txt"),
                content(CertificateFormat.CURRENT, "Zoe O'Brien").canonicalBytes());

        Result genuine = run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem.toString(), "-rawin",
                "-in", text.toString(), "-sigfile", signature.toString());
        Result forged = run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem.toString(), "-rawin",
                "-in", altered.toString(), "-sigfile", signature.toString());

        assertThat(genuine.exitCode()).as(genuine.output()).isZero();
        assertThat(genuine.output()).contains("Signature Verified Successfully");
        assertThat(forged.exitCode()).as(forged.output()).isNotZero();
    }

    @Test
    void theNodeVerifierRebuildsTheTextFromTheFieldsInEitherFormat() throws Exception {
        assumeTrue(available("node", "--version"), "node is not installed");
        Path pem = Files.writeString(dir.resolve("association.pem"), key.pem());
        for (CertificateFormat format : CertificateFormat.values()) {
            CertificateContent content = content(format, AWKWARD_NAME);
            Path genuine = Files.writeString(dir.resolve("genuine-" + format + ".json"), json(content, sign(content)));
            Path forged = Files.writeString(dir.resolve("forged-" + format + ".json"),
                    json(content(format, AWKWARD_NAME + " "), sign(content)));

            Result valid = run("node", NODE_VERIFIER.toString(), genuine.toString(), pem.toString());
            Result invalid = run("node", NODE_VERIFIER.toString(), forged.toString(), pem.toString());

            assertThat(valid.exitCode()).as(format + ": " + valid.output()).isZero();
            assertThat(valid.output().strip()).isEqualTo("valid");
            assertThat(invalid.exitCode()).as(format + ": " + invalid.output()).isEqualTo(1);
        }
    }

    /** The certificate's fields as a portal would publish them. */
    private static String json(CertificateContent c, String signature) {
        return "{\"format\": " + c.format().version()
                + ", \"number\": " + quoted(c.number().value())
                + ", \"member\": " + quoted(c.memberId().toString())
                + ", \"name\": " + quoted(c.recipientName())
                + ", \"course\": " + quoted(c.courseId().toString())
                + ", \"title\": " + quoted(c.courseTitle())
                + ", \"completed\": " + quoted(c.completedOn().toString())
                + ", \"score\": " + quoted(c.finalScore() == null ? null : c.finalScore().toPlainString())
                + ", \"issued\": " + quoted(c.issuedAt().toString())
                + ", \"expires\": " + quoted(c.expiresAt() == null ? null : c.expiresAt().toString())
                + ", \"signature\": " + quoted(signature) + "}";
    }

    private static String quoted(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private record Result(int exitCode, String output) {
    }

    private static boolean available(String... command) {
        try {
            return run(command).exitCode() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 30 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
