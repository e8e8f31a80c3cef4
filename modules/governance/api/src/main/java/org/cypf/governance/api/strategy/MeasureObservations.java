package org.cypf.governance.api.strategy;

import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.FieldViolation;

/** Values of a strategy's measures, submitted by partners (by API or CSV) or loaded with the strategy. */
public interface MeasureObservations {

    /**
     * Stores every row or none: a bad row refuses the whole submission, each bad row named by its path
     * ({@code rows[i].field}). A row for a measure and date already observed replaces it (e.g. provisional to final).
     */
    int submit(Caller caller, String strategyId, List<ObservationSubmission> rows);

    /**
     * What {@link #submit} would refuse in these rows, each violation named by its path ({@code rows[i].field}),
     * without storing anything: for a file whose other rows could not even be read, so that every bad row is
     * reported in one answer. A null row stands for a row that could not be read at all. Empty when all would be
     * stored.
     *
     * @throws org.cypf.kernel.problem.AccessDenied when the caller's organisation may not submit
     * @throws org.cypf.kernel.problem.NotFound when there is no such strategy
     */
    List<FieldViolation> check(Caller caller, String strategyId, List<ObservationSubmission> rows);

    /** A measure's observations, oldest first. */
    List<ObservationView> observations(String strategyId, String measureId);

    /** One page of a measure's observations, oldest first: {@code limit} of them after the first {@code offset}. */
    List<ObservationView> observations(String strategyId, String measureId, long offset, int limit);

    /** How many observations a measure has, for the pages of {@link #observations(String, String, long, int)}. */
    long countObservations(String strategyId, String measureId);

    /**
     * Approves submitted values of owned measures, all or none: each row must name a value in state SUBMITTED, and
     * the caller must act for the measure's owner or be of the partnership's performance team.
     *
     * @throws org.cypf.kernel.problem.AccessDenied naming the owner when the caller may not approve
     */
    int approve(Caller caller, String strategyId, List<ObservationKey> rows);
}
