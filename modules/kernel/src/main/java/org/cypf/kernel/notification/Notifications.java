package org.cypf.kernel.notification;

/**
 * Tells a person that something needs them: a statutory clock about to run out, an event about a child they work with
 * (ADR 0102). A use case calls it inside its unit of work; when sending fails it throws, the unit of work rolls back
 * and the work is retried (an event is redelivered), so a notification is sent at least once. The platform's
 * adapters send it through a government notification service or, by default, only log that it was due.
 */
public interface Notifications {
    /** Sends {@code notification}; throws {@link NotificationFailed} when the service did not accept it. */
    void send(Notification notification);
}
