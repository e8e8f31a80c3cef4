package org.cypf.governance.strategy.port;

import java.util.List;
import java.util.Optional;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyChange;
import org.cypf.governance.api.strategy.StrategyDocument;

/** Where strategies, their observations and their change log are kept. Every method runs in the caller's unit of work. */
public interface StrategyStore {

    Optional<StoredStrategy> find(String strategyId);

    /**
     * What changes whenever a strategy's stored definitions change: their version and the time of the change (a
     * strategy stored again under the same id starts at version 0, but never at the same time).
     */
    record Stamp(long version, java.time.Instant changedAt) {}

    /** Definitions with the stamp they were read at; the document is null when it was not read (see below). */
    record StampedDefinitions(Stamp stamp, StrategyDocument document) {}

    /**
     * The strategy's stamp and, unless that stamp is {@code known}, its definitions, read in one statement: a reader
     * that keeps parsed definitions (the scorecard, ADR 0078) reads and parses them again only when they changed,
     * whichever instance changed them.
     */
    Optional<StampedDefinitions> definitionsUnless(String strategyId, Stamp known);

    List<StoredStrategy> all();

    /**
     * Stores new definitions (without observations) at version 0.
     *
     * @throws org.cypf.kernel.problem.Conflict when a strategy with the id is already stored
     */
    void insert(StrategyDocument definitions);

    /**
     * Replaces the definitions if the stored version is {@code expectedVersion}; returns the new version.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone changed it first
     */
    long update(StrategyDocument definitions, long expectedVersion);

    /** Adds observations; one for the same measure, breakdown and date replaces the stored one. */
    void upsertObservations(String strategyId, List<ObservationSubmission> rows, String userId, String organisation);

    /** All observations of the strategy, by measure, then oldest first (the whole value before its parts on a date). */
    List<ObservationView> observations(String strategyId);

    /** One measure's observations, oldest first, the whole value before its parts on a date: one page of them. */
    List<ObservationView> observations(String strategyId, String measureId, long offset, int limit);

    /** How many observations the measure has. */
    long countObservations(String strategyId, String measureId);

    /** What a scorecard reads in one statement: the definitions' stamp and the latest approved values. */
    record Latest(Stamp stamp, List<ObservationView> observations) {}

    /**
     * For the scorecard, in <em>one</em> statement: the newest {@code perSeries} approved observations on or before
     * {@code asAt} of each measure and part (a "series"), by measure, then oldest first, so a scorecard's cost does
     * not grow with the years of history behind it (ADR 0093); and the stamp of the strategy's definitions, so a
     * scorecard whose parsed definitions carry that stamp needs nothing more from the database (ADR 0078). Empty when
     * no strategy has the id.
     */
    Optional<Latest> latestApprovedWithStamp(String strategyId, java.time.LocalDate asAt, int perSeries);

    /**
     * Approves submitted observations: those of {@code measureId} on {@code asAt} for the part {@code breakdown}
     * (null for the whole value). Returns how many were approved.
     */
    int approve(String strategyId, String measureId, String breakdown, java.time.LocalDate asAt, String userId);

    /**
     * Who submitted the draft or submitted value of {@code measureId} on {@code asAt} for the part {@code breakdown}
     * (null for the whole value), if there is one awaiting approval: for the separation of duties (ADR 0027).
     */
    java.util.Optional<String> submitter(String strategyId, String measureId, String breakdown, java.time.LocalDate asAt);

    void recordChange(String strategyId, long version, String change, String userId, String organisation);

    List<StrategyChange> changes(String strategyId);
}
