package org.cypf.app;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.Caller;

/**
 * Seals the access audit into its hash chain on a schedule (ADR 0020), as a CYPF component: rows written since the
 * last seal are linked once every transaction that could still add one below them has ended. A failed sealing is
 * logged (counts only, no personal data) and tried again at the next tick.
 */
final class AuditSealer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    static final Caller SEALER = Caller.system("app.audit-sealer");

    private final Ticks ticks;

    private AuditSealer(Ticks ticks) {
        this.ticks = ticks;
    }

    /** Starts sealing every {@code interval}; a zero or negative interval starts nothing. */
    static AuditSealer start(AccessAudit audit, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return new AuditSealer(null);
        }
        return new AuditSealer(Ticks.start("cypf-audit-sealer", interval, interval, () -> sealOnce(audit)));
    }

    static void sealOnce(AccessAudit audit) {
        try {
            var sealing = audit.seal(SEALER);
            if (sealing.rowsSealed() > 0) {
                LOG.fine(() -> "sealed " + sealing.rowsSealed() + " access audit rows as seal " + sealing.sealId());
            }
        } catch (RuntimeException e) {
            // A database outage is reported by health; the next tick tries again.
            LOG.log(Level.WARNING, "sealing the access audit failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.close();
        }
    }
}
