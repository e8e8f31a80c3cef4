package org.cypf.healthwellbeing.api.childrenincare;

import java.util.List;

/** A page of children in care's health records, and how many the caller may see listed in all. */
public record CareHealthPage(List<CareHealthView> records, long total) {
    public CareHealthPage {
        records = List.copyOf(records);
    }
}
