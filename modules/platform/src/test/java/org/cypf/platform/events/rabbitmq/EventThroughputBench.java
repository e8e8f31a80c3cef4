package org.cypf.platform.events.rabbitmq;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link EventThroughputBenchmark} in {@code ./mvnw -Pbench verify} (its name ends in Bench, which only the bench
 * profile selects; never part of the test command): events a second with one and two instances, in the database and
 * through RabbitMQ. The number of events is {@code cypf.bench.events} (default 4,000).
 */
@Tag("bench")
class EventThroughputBench {
    @Test
    void events_a_second_with_one_and_two_instances_in_the_database_and_through_the_broker() throws Exception {
        EventThroughputBenchmark.main(new String[] {System.getProperty("cypf.bench.events", "4000")});
    }
}
