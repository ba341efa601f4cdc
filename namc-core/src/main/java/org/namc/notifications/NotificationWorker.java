package org.namc.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Actor;

/**
 * Runs the outbox dispatcher. The library starts no thread of its own: a host calls
 * {@link #runOnce()} from its scheduler, or hands {@link #start} an executor it owns.
 * {@link #shutdown} lets the message in flight finish and be recorded, gives the rest of the
 * run's claims back so another worker sends them at once, and runs nothing more. Any number of
 * workers, in one process or many, may run against the same outbox.
 */
public final class NotificationWorker {
    private static final System.Logger LOG = System.getLogger(NotificationWorker.class.getName());
    private static final DispatchReport NOTHING = new DispatchReport(List.of(), List.of(), List.of(), 0);

    private final NotificationsApi notifications;
    private final Actor actor;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    private @Nullable ScheduledFuture<?> schedule;

    /** @param actor who dispatches: needs {@code notification:dispatch} (usually {@link Actor#system()}) */
    public NotificationWorker(NotificationsApi notifications, Actor actor) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** One dispatch run, on the caller's thread; nothing once shut down. Runs of one worker never overlap. */
    public DispatchReport runOnce() {
        if (stopping.get()) {
            return NOTHING;
        }
        running.lock();
        try {
            return stopping.get() ? NOTHING : notifications.dispatch(actor, stopping::get);
        } finally {
            running.unlock();
        }
    }

    /**
     * Runs {@link #runOnce()} on {@code executor} every {@code interval} after the previous run
     * ends. A failing run is logged and the next one runs as planned.
     */
    public synchronized void start(ScheduledExecutorService executor, Duration interval) {
        Objects.requireNonNull(executor, "executor");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (schedule != null || stopping.get()) {
            throw new IllegalStateException("the worker was already started or shut down");
        }
        schedule = executor.scheduleWithFixedDelay(this::runLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops: no new run starts, the run under way sends no further message after the one in flight
     * and releases its remaining claims. Waits up to {@code timeout} for that run to end.
     *
     * @return whether the run under way (if any) ended within the timeout
     */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        stopping.set(true);
        synchronized (this) {
            if (schedule != null) {
                schedule.cancel(false);
            }
        }
        if (running.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            running.unlock();
            return true;
        }
        return false;
    }

    public boolean isStopping() {
        return stopping.get();
    }

    private void runLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // A store or network outage must not end the schedule; the next run retries.
            LOG.log(System.Logger.Level.WARNING, "notification dispatch failed: " + e.getClass().getName());
        }
    }
}
