package org.cypf.governance.api.strategy;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/** Values of a strategy's measures, submitted by partners (by API or CSV) or loaded with the strategy. */
public interface MeasureObservations {

    /**
     * Stores every row or none: a bad row refuses the whole submission, each bad row named by its path
     * ({@code rows[i].field}). A row for a measure and date already observed replaces it (e.g. provisional to final).
     */
    int submit(Caller caller, String strategyId, List<ObservationSubmission> rows);

    /** A measure's observations, oldest first. */
    List<ObservationView> observations(String strategyId, String measureId);
}
