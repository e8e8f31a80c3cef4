package org.cypf.educationskills.api.exclusions;

import java.util.List;

/** A page of one pupil's suspensions and exclusions, latest first. */
public record PupilExclusionsPage(List<ExclusionView> exclusions, int page, int size, long total) {
    public PupilExclusionsPage {
        exclusions = List.copyOf(exclusions);
    }
}
