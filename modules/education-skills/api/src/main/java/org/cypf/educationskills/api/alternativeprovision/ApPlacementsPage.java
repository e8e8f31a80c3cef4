package org.cypf.educationskills.api.alternativeprovision;

import java.util.List;

/** A page of placements in alternative provision, latest start first. */
public record ApPlacementsPage(List<ApPlacementView> placements, int page, int size, long total) {
    public ApPlacementsPage {
        placements = List.copyOf(placements);
    }
}
