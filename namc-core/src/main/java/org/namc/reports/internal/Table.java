package org.namc.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;

/** The columns of an export and how one item fills them, in one place so they cannot drift apart. */
final class Table<T> {
    private final List<String> names = new ArrayList<>();
    private final List<Function<T, @Nullable Object>> cells = new ArrayList<>();

    Table<T> column(String name, Function<T, @Nullable Object> cell) {
        names.add(name);
        cells.add(cell);
        return this;
    }

    List<String> header() {
        return List.copyOf(names);
    }

    List<String> row(T item) {
        List<String> row = new ArrayList<>(cells.size());
        for (Function<T, @Nullable Object> cell : cells) {
            row.add(text(cell.apply(item)));
        }
        return row;
    }

    /** Amounts as plain decimals at their currency's scale (the currency has its own column), instants in UTC. */
    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money money) {
            return money.amount().toPlainString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value.toString();
    }
}
