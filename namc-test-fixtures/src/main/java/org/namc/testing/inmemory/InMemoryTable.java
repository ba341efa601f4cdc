package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.NamcException;

/** A thread-safe map whose writes inside a transaction are undone when it rolls back. */
final class InMemoryTable<K, V> {
    private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    InMemoryTable(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Optimistic locking as a database adapter does it: the version the caller read must still
     * be the stored one, else {@code CONFLICT}. Returns the version to store (0 for a new row).
     */
    static <V> long nextVersion(Optional<V> stored, long versionRead, ToLongFunction<V> versionOf,
                                String description) {
        if (stored.isPresent() && versionOf.applyAsLong(stored.get()) != versionRead) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, description + " was changed concurrently (version " + versionRead
                    + " is stale)");
        }
        return stored.map(row -> versionOf.applyAsLong(row) + 1).orElse(0L);
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    void put(K key, V value) {
        @Nullable V previous = rows.put(key, value);
        transactions.onRollback(() -> {
            if (previous == null) {
                rows.remove(key);
            } else {
                rows.put(key, previous);
            }
        });
    }

    void remove(K key) {
        @Nullable V previous = rows.remove(key);
        if (previous != null) {
            transactions.onRollback(() -> rows.put(key, previous));
        }
    }

    List<V> where(Predicate<? super V> filter) {
        List<V> found = new ArrayList<>();
        for (V v : rows.values()) {
            if (filter.test(v)) {
                found.add(v);
            }
        }
        return found;
    }

    int count(Predicate<? super V> filter) {
        int found = 0;
        for (V v : rows.values()) {
            if (filter.test(v)) {
                found++;
            }
        }
        return found;
    }

    Collection<V> all() {
        return List.copyOf(rows.values());
    }

    int size() {
        return rows.size();
    }
}
