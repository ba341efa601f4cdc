package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.Violations;

/**
 * What a searcher narrows projects by; every part is optional and the parts combine with AND.
 *
 * @param text          a web-search style query over title, description, keywords and
 *                      organisation: words must all occur, {@code "quoted words"} as a phrase,
 *                      {@code or} between alternatives, {@code -word} to exclude
 * @param categories    any of these categories (empty: all)
 * @param budget        budgets overlapping this range
 * @param radius        sites within this distance
 * @param deadlineAfter deadlines after this instant (search never shows projects whose
 *                      deadline passed)
 * @param skillsAny     requiring at least one of these skills
 * @param skillsAll     requiring every one of these skills
 */
public record ProjectFilter(@Nullable String text, Set<ProjectCategory> categories, @Nullable BudgetRange budget,
                            @Nullable Radius radius, @Nullable Instant deadlineAfter, Set<String> skillsAny,
                            Set<String> skillsAll) {

    public static final ProjectFilter ANY = new ProjectFilter(null, Set.of(), null, null, null, Set.of(), Set.of());

    public ProjectFilter {
        Violations.collect()
                .maxLength(text, "text", 500)
                .maxSize(categories, "categories", ProjectCategory.values().length)
                .maxSize(skillsAny, "skillsAny", 50)
                .maxSize(skillsAll, "skillsAll", 50)
                .check(skillsAny.stream().allMatch(s -> s != null && !s.isBlank()), "skillsAny", ViolationRule.FORMAT,
                        "must not be blank")
                .check(skillsAll.stream().allMatch(s -> s != null && !s.isBlank()), "skillsAll", ViolationRule.FORMAT,
                        "must not be blank")
                .throwIfAny();
        text = text == null || text.isBlank() ? null : text.strip();
        categories = Set.copyOf(categories);
        skillsAny = canonical(skillsAny);
        skillsAll = canonical(skillsAll);
    }

    public static ProjectFilter text(String text) {
        return ANY.withText(text);
    }

    public ProjectFilter withText(@Nullable String newText) {
        return new ProjectFilter(newText, categories, budget, radius, deadlineAfter, skillsAny, skillsAll);
    }

    public ProjectFilter withCategories(Set<ProjectCategory> newCategories) {
        return new ProjectFilter(text, newCategories, budget, radius, deadlineAfter, skillsAny, skillsAll);
    }

    public ProjectFilter withBudget(@Nullable BudgetRange newBudget) {
        return new ProjectFilter(text, categories, newBudget, radius, deadlineAfter, skillsAny, skillsAll);
    }

    public ProjectFilter within(@Nullable Radius newRadius) {
        return new ProjectFilter(text, categories, budget, newRadius, deadlineAfter, skillsAny, skillsAll);
    }

    public ProjectFilter withDeadlineAfter(@Nullable Instant instant) {
        return new ProjectFilter(text, categories, budget, radius, instant, skillsAny, skillsAll);
    }

    public ProjectFilter withAnySkill(String... skills) {
        return new ProjectFilter(text, categories, budget, radius, deadlineAfter, Set.of(skills), skillsAll);
    }

    public ProjectFilter withAllSkills(String... skills) {
        return new ProjectFilter(text, categories, budget, radius, deadlineAfter, skillsAny, Set.of(skills));
    }

    private static Set<String> canonical(Set<String> skills) {
        return Set.copyOf(new LinkedHashSet<>(Profile.canonicalSkills(List.copyOf(skills))));
    }
}
