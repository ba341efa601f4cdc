package org.namc.learning.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;

/**
 * The order an attempt shows its questions and options in. Each item is ranked by the
 * SHA-256 of the attempt's seed and its id, so the order is random across attempts yet the
 * same every time one attempt is shown, on any machine; no shared random generator is
 * involved.
 */
public final class ShuffledOrder {
    private ShuffledOrder() {
    }

    public static List<Question> questions(List<Question> questions, long seed) {
        return questions.stream()
                .sorted(Comparator.comparingLong((Question q) -> rank(seed, q.id().toString()))
                        .thenComparing(q -> q.id().toString()))
                .toList();
    }

    public static List<Option> options(List<Option> options, long seed, Question question) {
        return options.stream()
                .sorted(Comparator.comparingLong((Option o) -> rank(seed, question.id() + "/" + o.id()))
                        .thenComparing(Option::id))
                .toList();
    }

    private static long rank(long seed, String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
