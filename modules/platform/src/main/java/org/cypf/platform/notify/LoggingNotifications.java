package org.cypf.platform.notify;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Notifications;

/**
 * The default notifications adapter (ADR 0102): writes one log line that a notification was due, naming the template,
 * the recipient's role and the reference, never the child or the personalisation (no personal data in logs). A
 * deployment without a notification service still sees, in its logs, what should have been sent.
 */
public final class LoggingNotifications implements Notifications {
    private static final Logger LOG = Logger.getLogger(LoggingNotifications.class.getName());

    @Override
    public void send(Notification notification) {
        LOG.log(Level.INFO, "notification {0} due to the {1} (reference {2}); no notification service is configured",
                new Object[] {notification.template(), notification.to().role(), notification.reference()});
    }
}
