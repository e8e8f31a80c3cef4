package org.cypf.testing.context;

import java.util.List;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.NotificationsContract;

/** The in-memory notifications adapter passes the port's contract suite (ADR 0106), as the Notify adapter does. */
class RecordingNotificationsContractTest extends NotificationsContract {
    private final RecordingNotifications recording = new RecordingNotifications();

    @Override
    protected Notifications adapter() {
        return recording;
    }

    @Override
    protected List<Delivered> delivered() {
        return recording.sent().stream().map(n -> new Delivered(n.template(), n.to().role(), n.personalisation(),
                n.reference())).toList();
    }

    @Override
    protected void refuseNext() {
        recording.refuseNext();
    }
}
