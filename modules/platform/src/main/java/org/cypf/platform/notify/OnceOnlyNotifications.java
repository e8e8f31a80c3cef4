package org.cypf.platform.notify;

import java.util.Objects;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Notifications;
import org.cypf.platform.db.CurrentTransaction;

/**
 * Sends each notification once per template and reference (ADR 0108): marks it in {@code platform.notification_sent}
 * in the caller's unit of work and sends only when the mark is new. A send that fails throws, the unit of work rolls
 * back with its mark, and the retry sends again (at least once); once the unit of work has committed, the same fact
 * found again (an overdue conference seen by the next check, an event redelivered) is not notified again. Needs an
 * open unit of work, as every notification is sent in one (ADR 0102).
 */
public final class OnceOnlyNotifications implements Notifications {
    private final Notifications delivery;

    public OnceOnlyNotifications(Notifications delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public void send(Notification notification) {
        int marked = CurrentTransaction.dsl().execute("""
                insert into platform.notification_sent (template, reference) values (?, ?)
                on conflict do nothing""", notification.template(), notification.reference());
        if (marked == 1) {
            delivery.send(notification);
        }
    }
}
