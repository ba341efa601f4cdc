package org.namc.benchmarks.passwords;

import com.password4j.Argon2Function;
import com.password4j.PBKDF2Function;
import com.password4j.types.Argon2;
import com.password4j.types.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.shared.domain.Secret;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B10: verifying one password, as every login does. The library's PBKDF2-HMAC-SHA256 at
 * OWASP's 600,000 iterations, beside password4j's PBKDF2 with the same parameters and salt
 * (it must derive the very same key) and password4j's Argon2id at OWASP's minimum
 * (19 MiB, 2 passes, 1 lane). Slower is the point here: the goal is never to be cheaper
 * than OWASP's minimum; logins per second per core are {@code 1 / time}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PasswordBenchmark {
    private static final String PASSWORD = "correct horse battery staple";

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();
    private final PBKDF2Function pbkdf2 = PBKDF2Function.getInstance(Hmac.SHA256,
            Pbkdf2PasswordHasher.OWASP_ITERATIONS, 256);
    private final Argon2Function argon2id = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private final Secret secret = Secret.of(PASSWORD);
    private PasswordHash stored;
    private byte[] salt;
    private byte[] pbkdf2Key;
    private byte[] argon2Salt;
    private byte[] argon2Key;

    @Setup
    public void hashAndCheck() {
        stored = hasher.hash(secret);
        String[] parts = stored.encoded().split("\\$");
        salt = Base64.getDecoder().decode(parts[2]);
        pbkdf2Key = Base64.getDecoder().decode(parts[3]);
        byte[] theirs = pbkdf2.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt).getBytes();
        if (!MessageDigest.isEqual(theirs, pbkdf2Key)) {
            throw new IllegalStateException("password4j's PBKDF2 derives another key from the same salt");
        }
        argon2Salt = new byte[16];
        new SecureRandom().nextBytes(argon2Salt);
        argon2Key = argon2id.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), argon2Salt).getBytes();
        if (!ours() || !pbkdf2() || !argon2id()
                || hasher.matches(Secret.of(PASSWORD + "!"), stored)) {
            throw new IllegalStateException("the verifiers disagree on the right password or accept a wrong one");
        }
    }

    @Benchmark
    public boolean ours() {
        return hasher.matches(secret, stored);
    }

    @Benchmark
    public boolean pbkdf2() {
        return MessageDigest.isEqual(pbkdf2.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt).getBytes(),
                pbkdf2Key);
    }

    @Benchmark
    public boolean argon2id() {
        return MessageDigest.isEqual(argon2id.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), argon2Salt).getBytes(),
                argon2Key);
    }
}
