package canary.tech06.platform.events;

import com.rabbitmq.client.Channel;

/** Breach: the in-database dispatcher reaches for the broker's client instead of going through the adapter. */
public class BreachDispatcherPublishesItself {
    Channel channel;
}
