package canary.tech06.socialcare.casework.adapter.out.messaging;

import com.rabbitmq.client.ConnectionFactory;

/** Breach: an area opens its own line to the broker, stepping around the outbox and its guarantees. */
public class BreachCaseMessages {
    ConnectionFactory factory;
}
