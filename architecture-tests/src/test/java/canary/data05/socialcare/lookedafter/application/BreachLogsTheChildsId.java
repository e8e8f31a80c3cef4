package canary.data05.socialcare.lookedafter.application;

import canary.data05.socialcare.api.event.ChildLeftCare;
import java.util.logging.Logger;

/** Breach: a service writes a child's identifier to the log. */
public final class BreachLogsTheChildsId {
    private static final Logger LOG = Logger.getLogger(BreachLogsTheChildsId.class.getName());

    public void left(ChildLeftCare event) {
        LOG.info("child left care: " + event.childId());
    }

    /** Allowed: the period's technical id is not personal data. */
    public void leftProperly(ChildLeftCare event) {
        LOG.info("period ended: " + event.periodId());
    }
}
