package org.cypf.socialcare.api.privatefostering;

import org.cypf.governance.api.access.Caller;

/** Private fostering arrangements: a child cared for 28 days or more by someone not a close relative, notified to the council. */
public interface PrivateFostering {
    ArrangementView notifyArrangement(Caller caller, NotifyArrangement command);

    ArrangementView end(Caller caller, EndArrangement command);
}
