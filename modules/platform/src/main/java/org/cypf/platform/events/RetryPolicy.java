package org.cypf.platform.events;

import java.time.Duration;

/**
 * Exponential back-off for a failing delivery: {@code firstDelay}, doubling up to {@code maxDelay}; after
 * {@code maxAttempts} the delivery is marked FAILED, stays visible and blocks later events of the same aggregate
 * for that subscriber (order before progress) until an operator resubmits it.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1 and 0 <= firstDelay <= maxDelay");
        }
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10));
    }

    /** The wait before attempt {@code attemptsSoFar + 1}. */
    public Duration delayAfter(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
