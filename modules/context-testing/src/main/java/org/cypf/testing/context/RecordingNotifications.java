package org.cypf.testing.context;

import java.util.ArrayList;
import java.util.List;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Notifications;

/**
 * The in-memory notifications adapter (ADR 0102) for contexts' tests: keeps what was sent, in order, so a test can
 * say who was told what; {@link #refuseNext()} makes the next send fail as a refusing service would.
 */
public final class RecordingNotifications implements Notifications {
    private final List<Notification> sent = new ArrayList<>();
    private boolean refuseNext;

    @Override
    public synchronized void send(Notification notification) {
        if (refuseNext) {
            refuseNext = false;
            throw new org.cypf.kernel.notification.NotificationFailed("refused by the test, as a service would");
        }
        sent.add(notification);
    }

    /** What was sent so far, oldest first. */
    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** Makes the next {@link #send} throw, once. */
    public synchronized void refuseNext() {
        refuseNext = true;
    }
}
