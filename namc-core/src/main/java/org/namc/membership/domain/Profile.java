package org.namc.membership.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Violations;

/**
 * What a member tells about themselves and their firm. Skills are kept in a canonical form
 * (trimmed, lower case, each once) because matching compares them as keys.
 */
public record Profile(String firstName, String lastName, @Nullable String company, @Nullable String title,
                      @Nullable PhoneNumber phone, @Nullable PostalAddress address, @Nullable GeoPoint location,
                      @Nullable String bio, @Nullable URI profileImage, @Nullable URI website,
                      @Nullable URI linkedin, @Nullable String twitter, List<String> skills,
                      List<Certification> certifications, List<String> languages) {

    public static final int MAX_SKILLS = 100;

    public Profile {
        Violations.collect()
                .notBlank(firstName, "firstName", 100)
                .notBlank(lastName, "lastName", 100)
                .maxLength(company, "company", 200)
                .maxLength(title, "title", 200)
                .maxLength(bio, "bio", 5000)
                .maxLength(twitter, "twitter", 50)
                .singleLine(firstName, "firstName").singleLine(lastName, "lastName")
                .singleLine(company, "company").singleLine(title, "title").singleLine(twitter, "twitter")
                .check(isWebAddress(profileImage), "profileImage", "url", "must be an http(s) address")
                .check(isWebAddress(website), "website", "url", "must be an http(s) address")
                .check(isWebAddress(linkedin), "linkedin", "url", "must be an http(s) address")
                .maxSize(skills, "skills", MAX_SKILLS)
                .check(skills.stream().allMatch(s -> !s.isBlank() && s.strip().length() <= 100
                                && Violations.isSingleLine(s)),
                        "skills", ViolationRule.FORMAT, "each skill must be 1 to 100 characters")
                .maxSize(certifications, "certifications", 100)
                .maxSize(languages, "languages", 30)
                .check(languages.stream().noneMatch(String::isBlank), "languages", ViolationRule.FORMAT, "must not be blank")
                .throwIfAny();
        firstName = firstName.strip();
        lastName = lastName.strip();
        company = blankToNull(company);
        title = blankToNull(title);
        bio = blankToNull(bio);
        twitter = blankToNull(twitter);
        skills = canonicalSkills(skills);
        certifications = List.copyOf(certifications);
        languages = List.copyOf(new LinkedHashSet<>(languages.stream().map(String::strip).toList()));
    }

    /** A profile with just a name; languages default to English as in the seed. */
    public static Profile named(String firstName, String lastName) {
        return new Profile(firstName, lastName, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of("English"));
    }

    public static List<String> canonicalSkills(List<String> skills) {
        return List.copyOf(new LinkedHashSet<>(skills.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    /** The names of the fields that differ in {@code other}, in declaration order; no values. */
    public List<String> changedFields(Profile other) {
        Map<String, Function<Profile, Object>> fields = new LinkedHashMap<>();
        fields.put("firstName", Profile::firstName);
        fields.put("lastName", Profile::lastName);
        fields.put("company", Profile::company);
        fields.put("title", Profile::title);
        fields.put("phone", Profile::phone);
        fields.put("address", Profile::address);
        fields.put("location", Profile::location);
        fields.put("bio", Profile::bio);
        fields.put("profileImage", Profile::profileImage);
        fields.put("website", Profile::website);
        fields.put("linkedin", Profile::linkedin);
        fields.put("twitter", Profile::twitter);
        fields.put("skills", Profile::skills);
        fields.put("certifications", Profile::certifications);
        fields.put("languages", Profile::languages);
        return fields.entrySet().stream()
                .filter(f -> !Objects.equals(f.getValue().apply(this), f.getValue().apply(other)))
                .map(Map.Entry::getKey).toList();
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    private static boolean isWebAddress(@Nullable URI uri) {
        return uri == null || ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
