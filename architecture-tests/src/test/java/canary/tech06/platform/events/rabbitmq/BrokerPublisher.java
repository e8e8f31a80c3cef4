package canary.tech06.platform.events.rabbitmq;

import com.rabbitmq.client.Channel;

/** Allowed: the platform's broker adapter holds the broker's client. */
public class BrokerPublisher {
    Channel channel;
}
