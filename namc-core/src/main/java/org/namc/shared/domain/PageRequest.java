package org.namc.shared.domain;

/**
 * A zero-based page of at most {@link #MAX_SIZE} items, no further than {@link #MAX_PAGE}: deep
 * pages cost the database a scan of everything before them, and an offset past what a query's
 * {@code int} offset holds would overflow.
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        Violations.collect()
                .check(page >= 0, "page", ViolationRule.RANGE, "must be 0 or more")
                .check(page <= MAX_PAGE, "page", ViolationRule.RANGE, "must be at most " + MAX_PAGE)
                .check(size >= 1 && size <= MAX_SIZE, "size", ViolationRule.RANGE, "must be between 1 and " + MAX_SIZE)
                .throwIfAny();
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
