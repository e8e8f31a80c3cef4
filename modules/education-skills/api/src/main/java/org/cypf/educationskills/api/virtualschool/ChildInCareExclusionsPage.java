package org.cypf.educationskills.api.virtualschool;

import java.util.List;

/** A page of a child in care's suspensions and exclusions, latest first. */
public record ChildInCareExclusionsPage(List<ChildInCareExclusionView> exclusions, int page, int size, long total) {
    public ChildInCareExclusionsPage {
        exclusions = List.copyOf(exclusions);
    }
}
