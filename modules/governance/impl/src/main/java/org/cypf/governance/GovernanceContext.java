package org.cypf.governance;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cypf.governance.access.adapter.out.persistence.JooqAccessAuditLog;
import org.cypf.governance.access.application.ChildRecordAccessService;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.scorecard.Scorecards;
import org.cypf.governance.api.strategy.MeasureObservations;
import org.cypf.governance.api.strategy.Strategies;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.scorecard.adapter.in.http.GovernanceHttp;
import org.cypf.governance.scorecard.adapter.out.persistence.JooqMeasureCatalogue;
import org.cypf.governance.scorecard.application.ScorecardService;
import org.cypf.governance.strategy.adapter.in.http.StrategyHttp;
import org.cypf.governance.strategy.adapter.out.persistence.JooqStrategyStore;
import org.cypf.governance.strategy.application.StrategyScorecardService;
import org.cypf.governance.strategy.application.StrategyService;
import org.cypf.platform.db.ContextDatabase;

/**
 * Governance, assembled. Built first, because every context uses its access port; measure sources from the
 * contexts are handed to {@link #scorecards} once they exist. Names no context: the app wires them.
 */
public final class GovernanceContext {
    /** The name governance publishes events and audits accesses under. */
    public static final String NAME = "governance";
    /** Where the application mounts the scorecard's web resources. */
    public static final String SCORECARD_PATH = GovernanceHttp.PREFIX;
    /** Where the application mounts the strategies's web resources. */
    public static final String STRATEGIES_PATH = StrategyHttp.PREFIX;

    private final ContextDatabase database;
    private final ChildRecordAccess access;
    private final StrategyService strategies;
    private final JooqStrategyStore strategyStore;
    private final Clock clock;

    /** @param partnerOrganisations the organisations whose practitioners may see children's records */
    public GovernanceContext(ContextDatabase database, Set<String> partnerOrganisations, Clock clock) {
        this.database = database;
        var policy = new AccessPolicy(partnerOrganisations);
        this.access = new ChildRecordAccessService(policy, new JooqAccessAuditLog(database));
        this.strategyStore = new JooqStrategyStore(database);
        this.strategies = new StrategyService(database, strategyStore, policy);
        this.clock = clock;
    }

    public ChildRecordAccess childRecordAccess() {
        return access;
    }

    public Scorecards scorecards(List<MeasureSource> sources) {
        return new ScorecardService(database, new JooqMeasureCatalogue(database), sources);
    }

    public GovernanceHttp http(Scorecards scorecards) {
        return new GovernanceHttp(scorecards, clock);
    }

    /** Loading and editing strategies as data. */
    public Strategies strategies() {
        return strategies;
    }

    public MeasureObservations measureObservations() {
        return strategies;
    }

    /** Strategy scorecards, with the contexts' measure sources for measures they compute. */
    public StrategyScorecards strategyScorecards(List<MeasureSource> sources) {
        return new StrategyScorecardService(database, strategyStore, sources);
    }

    public StrategyHttp strategyHttp(StrategyScorecards scorecards) {
        return new StrategyHttp(strategies, strategies, scorecards, clock);
    }
}
