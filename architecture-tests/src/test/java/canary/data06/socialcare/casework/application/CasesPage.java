package canary.data06.socialcare.casework.application;

import java.util.List;

/** A published page of cases, as a context's api names its pages. */
public record CasesPage(List<String> cases, long total) {
    public CasesPage {
        cases = List.copyOf(cases);
    }
}
