package org.cypf.app;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.api.protection.ConferencesOverdue;

/**
 * Runs social care's initial conference clock on a schedule (ADR 0108), every
 * {@code social-care.overdue-conference-check-minutes} (0: not at all), the first check one interval after start. Each
 * overdue conference's allocated worker is told once, however often it runs. A failed check is logged by its kind
 * and tried again at the next tick.
 */
final class ConferenceClock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ConferenceClock.class.getName());
    static final Caller CLOCK = Caller.system("social-care.conference-clock");

    private final Ticks ticks;

    private ConferenceClock(Ticks ticks) {
        this.ticks = ticks;
    }

    static ConferenceClock start(ConferencesOverdue overdue, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return new ConferenceClock(null);
        }
        return new ConferenceClock(Ticks.start("cypf-conference-clock", interval, interval,
                () -> checkOnce(overdue)));
    }

    /** Whether checks are scheduled. */
    boolean running() {
        return ticks != null;
    }

    static void checkOnce(ConferencesOverdue overdue) {
        try {
            int found = overdue.notifyOverdue(CLOCK);
            LOG.fine(() -> found + " initial child protection conferences overdue");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the initial conference clock failed and runs again at the next tick: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.close();
        }
    }
}
