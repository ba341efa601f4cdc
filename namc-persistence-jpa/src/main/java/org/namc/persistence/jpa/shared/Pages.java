package org.namc.persistence.jpa.shared;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** One page of rows and the total, in two statements whatever the page holds. */
public final class Pages {
    private Pages() {
    }

    /**
     * Runs {@code count} for the total, then {@code rows} limited to {@code page}, each row mapped
     * by {@code toDomain}.
     */
    public static <E, T> Page<T> of(TypedQuery<Long> count, TypedQuery<E> rows, PageRequest page,
                                    Function<? super E, ? extends T> toDomain) {
        long total = count.getSingleResult();
        List<T> items = rows.setFirstResult(Math.toIntExact(page.offset()))
                .setMaxResults(page.size())
                .getResultStream()
                .<T>map(toDomain)
                .toList();
        return new Page<>(items, page, total);
    }
}
