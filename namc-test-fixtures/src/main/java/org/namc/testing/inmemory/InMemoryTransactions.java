package org.namc.testing.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.namc.shared.spi.Transactions;

/**
 * Serialisable transactions for the in-memory stores: one unit of work runs at a time (a
 * global lock), and every store write inside it journals how to undo itself, so a unit
 * that throws leaves nothing behind. Writes outside any unit apply at once. The lock makes
 * counters exact under concurrency, as row locks do in a database.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get(); // joins the running unit
        }
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            T result = work.get();
            undo.clear();
            return result;
        } catch (RuntimeException | Error failure) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw failure;
        } finally {
            undoLog.remove();
            lock.unlock();
        }
    }

    /** Called by the stores: how to revert a write if the running unit fails. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }

    public boolean isActive() {
        return undoLog.get() != null;
    }
}
