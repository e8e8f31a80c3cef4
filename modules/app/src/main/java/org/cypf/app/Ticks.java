package org.cypf.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on a daemon thread of its own at a fixed delay: what CYPF's timers (the audit sealer, the initial
 * conference clock, the school system import) share, so each says only what it runs and how it logs a failure.
 */
final class Ticks implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    private Ticks(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code task} after {@code first}, then {@code every} after each run ends, on a thread named {@code name}. */
    static Ticks start(String name, Duration first, Duration every, Runnable task) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(task, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Ticks(scheduler);
    }

    /** Stops the ticks, waiting a few seconds for a run in progress. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
