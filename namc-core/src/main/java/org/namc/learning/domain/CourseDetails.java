package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * What the catalogue says about a course. A zero price makes it free. Tags are kept in
 * canonical form (trimmed, lower case, each once) because the catalogue filters on them.
 *
 * @param accessDays           days of access from activation; {@code null} for lifelong access
 * @param certificateValidDays how long a certificate stays valid; {@code null} for ever
 */
public record CourseDetails(String title, String description, @Nullable String shortDescription,
                            String instructorName, String category, CourseLevel level, List<String> tags,
                            String language, Money price, @Nullable Integer accessDays,
                            @Nullable Integer certificateValidDays) {
    public static final BigDecimal MAX_PRICE = new BigDecimal("999999.99");

    public CourseDetails {
        Objects.requireNonNull(level, "level");
        Violations.collect()
                .singleLineText(title, "title", 200)
                .notBlank(description, "description", 10_000)
                .maxLength(shortDescription, "shortDescription", 500)
                .notBlank(instructorName, "instructorName", 200)
                .notBlank(category, "category", 100)
                .required(tags, "tags")
                .maxSize(tags, "tags", 20)
                .check(tags == null || tags.stream().allMatch(t -> t != null && !t.isBlank() && t.strip().length() <= 50),
                        "tags", ViolationRule.FORMAT, "each tag must be 1 to 50 characters")
                .notBlank(language, "language", 50)
                .required(price, "price")
                .check(price == null || !price.isNegative() && price.amount().compareTo(MAX_PRICE) <= 0, "price",
                        ViolationRule.RANGE, "must be between 0 and " + MAX_PRICE)
                .check(accessDays == null || accessDays >= 1 && accessDays <= 3_650, "accessDays", ViolationRule.RANGE,
                        "must be between 1 and 3650 days")
                .check(certificateValidDays == null || certificateValidDays >= 1 && certificateValidDays <= 36_500,
                        "certificateValidDays", ViolationRule.RANGE, "must be between 1 and 36500 days")
                .throwIfAny();
        title = title.strip();
        description = description.strip();
        shortDescription = shortDescription == null || shortDescription.isBlank() ? null : shortDescription.strip();
        instructorName = instructorName.strip();
        category = category.strip();
        tags = List.copyOf(new LinkedHashSet<>(tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList()));
        language = language.strip();
    }

    /** A free course in English with lifelong access and certificates that never expire. */
    public static CourseDetails free(String title, String description, String instructorName, String category,
                                     CourseLevel level) {
        return new CourseDetails(title, description, null, instructorName, category, level, List.of(), "English",
                Money.of("0", "USD"), null, null);
    }

    public boolean isFree() {
        return price.isZero();
    }

    public CourseDetails withPrice(Money newPrice, @Nullable Integer newAccessDays) {
        return new CourseDetails(title, description, shortDescription, instructorName, category, level, tags, language,
                newPrice, newAccessDays, certificateValidDays);
    }

    public CourseDetails withTags(List<String> newTags) {
        return new CourseDetails(title, description, shortDescription, instructorName, category, level, newTags,
                language, price, accessDays, certificateValidDays);
    }

    public CourseDetails withCertificateValidDays(@Nullable Integer days) {
        return new CourseDetails(title, description, shortDescription, instructorName, category, level, tags, language,
                price, accessDays, days);
    }
}
