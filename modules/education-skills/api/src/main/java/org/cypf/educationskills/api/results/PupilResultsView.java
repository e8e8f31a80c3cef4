package org.cypf.educationskills.api.results;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.util.List;
import org.cypf.kernel.contract.Sensitive;

/**
 * One pupil's results held (ADR 0045): each assessment latest school year first, at most one a school year (a pupil
 * takes each once; a year imported again replaces the one held), so each list is bounded by the years held.
 */
public record PupilResultsView(@Sensitive(PERSONAL) String upn, List<EyfsProfileView> eyfs, List<Ks2ResultView> ks2,
                               List<Ks4ResultView> ks4) {
    public PupilResultsView {
        eyfs = List.copyOf(eyfs);
        ks2 = List.copyOf(ks2);
        ks4 = List.copyOf(ks4);
    }
}
