package org.skilleval.core.rest.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action on a thread of its own once a burst of changes has settled: when no change came
 * for {@code quiet}, or at the latest {@code longest} after the burst began. At boot two dozen
 * resources arrive within milliseconds of each other, and they should cost one rebuild of the
 * application, not two dozen. A change while the action runs schedules it again, so the action
 * always runs after the last change.
 */
final class Debouncer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Debouncer.class);

    private final long quietNanos;
    private final long longestNanos;
    private final Runnable action;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastChange;

    Debouncer(String threadName, Duration quiet, Duration longest, Runnable action) {
        this.quietNanos = quiet.toNanos();
        this.longestNanos = longest.toNanos();
        this.action = action;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, threadName);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Notes a change: the action runs once the changes have settled. Never blocks. */
    void changed() {
        lastChange = System.nanoTime();
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::settleThenRun);
            } catch (RejectedExecutionException closed) {
                scheduled.set(false);
            }
        }
    }

    /** Notes a change that will have happened after {@code delay}, such as a retry. Never blocks. */
    void changedAfter(Duration delay) {
        try {
            thread.schedule(this::changed, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: nothing to retry
        }
    }

    private void settleThenRun() {
        long first = System.nanoTime();
        try {
            while (true) {
                long now = System.nanoTime();
                long wait = Math.min(lastChange + quietNanos - now, first + longestNanos - now);
                if (wait <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            return;
        }
        // From here on a change schedules another run, which sees it.
        scheduled.set(false);
        try {
            action.run();
        } catch (RuntimeException failed) {
            LOG.error("Could not apply the latest changes; the previous state stays in place", failed);
        }
    }

    /** Stops: a pending run is dropped, a running one is interrupted and waited for. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A run of {} did not stop within 10 s", action);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
