package canary.data05.socialcare.lookedafter.application;

import canary.data05.socialcare.api.event.ChildLeftCare;
import io.helidon.metrics.api.Tag;

/** Breach: a metric is labelled with the postcode of a child's placement. */
public final class BreachLabelsAMetricWithAPostcode {
    public Tag label(ChildLeftCare event) {
        return Tag.create("postcode", event.postcode());
    }
}
