package org.cypf.healthwellbeing.api.send;

import java.util.List;

/** A page of requests for EHC needs assessments, and how many the caller may see listed in all. */
public record EhcRequestPage(List<EhcRequestView> requests, long total) {
    public EhcRequestPage {
        requests = List.copyOf(requests);
    }
}
