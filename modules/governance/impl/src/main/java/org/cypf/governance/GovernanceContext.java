package org.cypf.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.access.adapter.in.http.AccessAuditHttp;
import org.cypf.governance.access.adapter.in.http.BreakGlassReviewHttp;
import org.cypf.governance.access.adapter.in.http.InvolvementHttp;
import org.cypf.governance.access.adapter.out.persistence.JooqInvolvementStore;
import org.cypf.governance.access.application.InvolvementService;
import org.cypf.governance.api.access.Involvements;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.subjectaccess.SubjectAccess;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.retention.LegalHolds;
import org.cypf.governance.api.retention.Retention;
import org.cypf.governance.retention.adapter.in.http.RetentionHttp;
import org.cypf.governance.retention.adapter.out.persistence.JooqAnonymisations;
import org.cypf.governance.retention.adapter.out.persistence.JooqLegalHolds;
import org.cypf.governance.retention.application.LegalHoldService;
import org.cypf.governance.retention.application.RetentionService;
import org.cypf.governance.subjectaccess.adapter.in.http.SubjectAccessHttp;
import org.cypf.governance.subjectaccess.application.SubjectAccessService;
import org.cypf.governance.access.adapter.out.persistence.JooqAccessAuditLog;
import org.cypf.governance.access.adapter.out.persistence.JooqAuditTrail;
import org.cypf.governance.access.application.AccessAuditService;
import org.cypf.governance.access.adapter.out.yaml.RoleCatalogueFile;
import org.cypf.governance.access.application.ChildRecordAccessService;
import org.cypf.governance.access.application.ReservedIdentityAudit;
import org.cypf.governance.api.access.ReservedIdentityClaims;
import org.cypf.governance.api.access.MissingRecords;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Agreement;
import org.cypf.governance.access.domain.RoleCatalogue;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.DataSharingAgreement;
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
    /** The agreement {@link #GovernanceContext(ContextDatabase, Set, Clock)} assumes. */
    public static final String PARTNERSHIP_AGREEMENT = "PARTNERSHIP-WIDE";
    /** Where the application mounts the access audit, for auditors. */
    public static final String ACCESS_AUDIT_PATH = AccessAuditHttp.PREFIX;
    /** Where the application mounts involvements with children (ADR 0032). */
    public static final String INVOLVEMENTS_PATH = InvolvementHttp.PREFIX;
    /** Where the application mounts the break-glass review queue (ADR 0032). */
    public static final String BREAK_GLASS_REVIEWS_PATH = BreakGlassReviewHttp.PREFIX;
    /** Where the application mounts subject access (ADR 0032). */
    public static final String SUBJECT_ACCESS_PATH = SubjectAccessHttp.PREFIX;
    /** Where the application mounts retention: the report and reviewed anonymisation (ADR 0034). */
    public static final String RETENTION_PATH = RetentionHttp.PREFIX;

    private final ContextDatabase database;
    private final ChildRecordAccessService access;
    private final StrategyService strategies;
    private final JooqStrategyStore strategyStore;
    private final Clock clock;
    private final AccessPolicy policy;
    private final AccessAudit accessAudit;
    private final Involvements involvements;
    private final JooqInvolvementStore involvementStore;

    /**
     * @param agreements the partnership's data-sharing agreements: with the roles catalogue ({@value
     *                   RoleCatalogueFile#RESOURCE}), the lawful basis of every access to a child's record
     */
    public GovernanceContext(ContextDatabase database, Collection<DataSharingAgreement> agreements, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.policy = new AccessPolicy(RoleCatalogueFile.load(), agreements.stream().map(GovernanceContext::agreement).toList());
        var auditLog = new JooqAccessAuditLog(database);
        this.involvementStore = new JooqInvolvementStore(database);
        this.access = new ChildRecordAccessService(policy, auditLog, involvementStore, clock);
        this.involvements = new InvolvementService(database, involvementStore);
        this.accessAudit = new AccessAuditService(database, new JooqAuditTrail(database), auditLog, policy, clock);
        this.strategyStore = new JooqStrategyStore(database);
        this.strategies = new StrategyService(database, strategyStore, policy, clock);
    }

    /**
     * For assemblies that predate data-sharing agreements: one agreement, {@value #PARTNERSHIP_AGREEMENT}, between
     * {@code partnerOrganisations} over every context the roles catalogue names, for any purpose, in force from 2000.
     */
    public GovernanceContext(ContextDatabase database, Set<String> partnerOrganisations, Clock clock) {
        this(database, partnershipWide(partnerOrganisations), clock);
    }

    private static List<DataSharingAgreement> partnershipWide(Set<String> partners) {
        if (partners.isEmpty()) {
            return List.of();
        }
        RoleCatalogue roles = RoleCatalogueFile.load();
        Set<String> contexts = roles.all().stream().flatMap(r -> r.grants().keySet().stream()).collect(Collectors.toSet());
        return List.of(new DataSharingAgreement(PARTNERSHIP_AGREEMENT, partners, contexts, Set.of("partnership"),
                LocalDate.of(2000, 1, 1), null));
    }

    private static Agreement agreement(DataSharingAgreement a) {
        return new Agreement(a.id(), a.parties(), a.contexts(), a.purposes(), a.validFrom(), a.validTo());
    }

    public ChildRecordAccess childRecordAccess() {
        return access;
    }

    /** The access audit: sealing and verifying its hash chain, and auditors' reading of it. */
    /** Asked before any route answers 404 (ADR 0033). */
    public MissingRecords missingRecords() {
        return access;
    }

    public ReservedIdentityClaims reservedIdentityClaims() {
        return new ReservedIdentityAudit(new JooqAccessAuditLog(database));
    }

    public AccessAudit accessAudit() {
        return accessAudit;
    }

    public AccessAuditHttp accessAuditHttp() {
        return new AccessAuditHttp(accessAudit);
    }

    /** Who is involved with a child, and the review of break-glass uses. */
    public Involvements involvements() {
        return involvements;
    }

    /** The allocated worker of a child on a date, for the notifications' address book (ADR 0108). */
    public org.cypf.governance.api.access.AllocatedWorkers allocatedWorkers() {
        return involvementStore::allocatedWorker;
    }

    public InvolvementHttp involvementHttp() {
        return new InvolvementHttp(involvements);
    }

    public BreakGlassReviewHttp breakGlassReviewHttp() {
        return new BreakGlassReviewHttp(involvements);
    }

    /** Subject access across every context, from each context's {@link ChildRecordSource} (ADR 0032). */
    public SubjectAccess subjectAccess(List<ChildRecordSource> sources) {
        return new SubjectAccessService(database, new JooqAccessAuditLog(database), policy, sources, clock);
    }

    /** Retention across every context, through each context's {@link RecordRetention} (ADR 0034). */
    public Retention retention(List<RecordRetention> sources) {
        return new RetentionService(database, new JooqAnonymisations(), new JooqLegalHolds(),
                new JooqAccessAuditLog(database), policy, sources, clock);
    }

    /** Legal holds on children's records, which retention never anonymises past (ADR 0037). */
    public LegalHolds legalHolds() {
        return new LegalHoldService(database, new JooqLegalHolds(), new JooqAccessAuditLog(database), policy, clock);
    }

    /** The retention report, reviewed anonymisation and legal holds, mounted at {@link #RETENTION_PATH}. */
    public RetentionHttp retentionHttp(Retention retention) {
        return new RetentionHttp(retention, legalHolds());
    }

    public SubjectAccessHttp subjectAccessHttp(SubjectAccess subjectAccess) {
        return new SubjectAccessHttp(subjectAccess);
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
