package org.cypf.governance;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cypf.governance.adapter.in.http.GovernanceHttp;
import org.cypf.governance.adapter.out.persistence.JooqAccessAuditLog;
import org.cypf.governance.adapter.out.persistence.JooqMeasureCatalogue;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.scorecard.Scorecards;
import org.cypf.governance.application.ChildRecordAccessService;
import org.cypf.governance.application.ScorecardService;
import org.cypf.governance.domain.AccessPolicy;
import org.cypf.platform.db.ContextDatabase;

/**
 * Governance, assembled. Built first, because every context uses its access port; measure sources from the
 * contexts are handed to {@link #scorecards} once they exist. Names no context: the app wires them.
 */
public final class GovernanceContext {
    private final ContextDatabase database;
    private final ChildRecordAccess access;
    private final Clock clock;

    /** @param partnerOrganisations the organisations whose practitioners may see children's records */
    public GovernanceContext(ContextDatabase database, Set<String> partnerOrganisations, Clock clock) {
        this.database = database;
        this.access = new ChildRecordAccessService(new AccessPolicy(partnerOrganisations), new JooqAccessAuditLog(database));
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
}
