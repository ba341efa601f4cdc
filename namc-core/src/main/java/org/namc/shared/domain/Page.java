package org.namc.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total they were taken from. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {
    public Page {
        items = List.copyOf(items);
        if (totalItems < 0) {
            throw new IllegalArgumentException("totalItems must not be negative");
        }
    }

    /** Cuts one page out of an already ordered list. */
    public static <T> Page<T> slice(List<T> ordered, PageRequest request) {
        int from = (int) Math.min(request.offset(), ordered.size());
        int to = Math.min(from + request.size(), ordered.size());
        return new Page<>(ordered.subList(from, to), request, ordered.size());
    }

    public long totalPages() {
        return (totalItems + request.size() - 1) / request.size();
    }

    public boolean hasNext() {
        return request.offset() + items.size() < totalItems;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, totalItems);
    }
}
