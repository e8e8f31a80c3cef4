package org.cypf.kernel.notification;

/** The notification service did not accept a notification; the unit of work that sent it rolls back and is retried. */
public final class NotificationFailed extends RuntimeException {
    public NotificationFailed(String message) {
        super(message);
    }

    public NotificationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
