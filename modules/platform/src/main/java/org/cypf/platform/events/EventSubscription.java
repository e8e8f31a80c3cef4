package org.cypf.platform.events;

import java.util.Objects;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;

/**
 * A subscriber in one context to one published event of another.
 *
 * @param subscriberId a stable logical name such as {@code education-skills.virtual-school.register-child};
 *                     deliveries and the inbox are keyed on it, so renaming a class or method orphans nothing
 * @param eventType    the api record the payload is read into; its {@link PublishedEvent} name is matched
 * @param database     the subscriber's own database: its inbox row and its change commit together
 */
public record EventSubscription<E extends IntegrationEvent>(String subscriberId, Class<E> eventType,
                                                           ContextDatabase database, EventHandler<E> handler) {
    public EventSubscription {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(database, "database");
        if (subscriberId == null || !subscriberId.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
            throw new IllegalArgumentException("subscriber ids are dotted kebab-case names, e.g. context.purpose.action");
        }
        published(eventType);
    }

    public String eventName() {
        return published(eventType).name();
    }

    public int eventVersion() {
        return published(eventType).version();
    }

    static PublishedEvent published(Class<?> type) {
        PublishedEvent annotation = type.getAnnotation(PublishedEvent.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @PublishedEvent");
        }
        return annotation;
    }
}
