package org.cypf.healthwellbeing.api.send;

import java.util.List;

/** A page of advice awaited, and how many the caller may see listed in all. */
public record EhcAdviceDuePage(List<EhcAdviceDueView> advice, long total) {
    public EhcAdviceDuePage {
        advice = List.copyOf(advice);
    }
}
