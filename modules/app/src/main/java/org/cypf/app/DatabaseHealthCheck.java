package org.cypf.app;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cypf.platform.db.ContextDatabase;

/**
 * Readiness: every context's role can reach PostgreSQL. The probes run at once, each on a connection of its own
 * (never waiting for the pool), and the check answers within {@code deadline} whatever the database does: a probe
 * that has not answered by then counts as DOWN (issue 9: it used to take a minute when the database was gone).
 */
final class DatabaseHealthCheck implements HealthCheck {
    /** A probe left behind by the deadline still ends by itself: the driver's timeouts are a second. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    private static final Executor PROBES = probe -> Thread.ofVirtual().name("cypf-health-probe").start(probe);

    private final List<ContextDatabase> databases;
    private final Duration deadline;

    DatabaseHealthCheck(Collection<ContextDatabase> databases, Duration deadline) {
        this.databases = List.copyOf(databases);
        this.deadline = deadline;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        Map<String, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
        for (ContextDatabase database : databases) {
            probes.put(database.schema(), CompletableFuture.supplyAsync(() -> database.isReachable(PROBE_TIMEOUT), PROBES));
        }
        var response = HealthCheckResponse.builder();
        boolean allUp = true;
        for (var probe : probes.entrySet()) {
            boolean up = answeredUp(probe.getValue(), giveUpAt);
            response.detail(probe.getKey(), up ? "UP" : "DOWN");
            allUp &= up;
        }
        return response.status(allUp ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN).build();
    }

    private static boolean answeredUp(CompletableFuture<Boolean> probe, long giveUpAt) {
        try {
            return probe.get(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
