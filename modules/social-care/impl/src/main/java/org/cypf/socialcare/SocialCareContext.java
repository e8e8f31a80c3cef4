package org.cypf.socialcare;

import java.time.Clock;
import java.util.List;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.notify.LoggingNotifications;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.careleavers.CareLeavers;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;
import org.cypf.socialcare.api.permanence.PermanencePlanning;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.Ssda903Returns;
import org.cypf.socialcare.assessment.adapter.in.http.AssessmentHttp;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqAssessments;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.application.AssessmentMeasures;
import org.cypf.socialcare.assessment.application.ReferralsAndAssessmentsService;
import org.cypf.socialcare.careleavers.adapter.in.http.CareLeaversHttp;
import org.cypf.socialcare.careleavers.adapter.out.persistence.JooqCareLeaverRecords;
import org.cypf.socialcare.careleavers.adapter.out.persistence.JooqEighteenthBirthdaysPublished;
import org.cypf.socialcare.careleavers.application.CareLeaverMeasures;
import org.cypf.socialcare.careleavers.application.CareLeaverService;
import org.cypf.socialcare.familynetwork.adapter.in.http.FamilyNetworkHttp;
import org.cypf.socialcare.familynetwork.adapter.out.persistence.JooqFamilyNetworkMeetings;
import org.cypf.socialcare.familynetwork.application.FamilyNetworkMeasures;
import org.cypf.socialcare.familynetwork.application.FamilyNetworkService;
import org.cypf.socialcare.ehcadvice.adapter.in.event.EhcAdviceRequestedSubscriber;
import org.cypf.socialcare.frontdoor.adapter.in.event.EarlyHelpStepUpSubscriber;
import org.cypf.socialcare.frontdoor.adapter.in.http.FrontDoorHttp;
import org.cypf.socialcare.frontdoor.adapter.out.persistence.JooqContacts;
import org.cypf.socialcare.frontdoor.application.FrontDoorMeasures;
import org.cypf.socialcare.frontdoor.application.FrontDoorService;
import org.cypf.socialcare.lookedafter.adapter.in.http.LookedAfterHttp;
import org.cypf.socialcare.lookedafter.adapter.in.http.MissingEpisodesHttp;
import org.cypf.socialcare.lookedafter.adapter.in.http.UascHttp;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqLookedAfterReviews;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqMissingEpisodes;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqUascRecords;
import org.cypf.socialcare.lookedafter.application.ChildrenLookedAfterMeasures;
import org.cypf.socialcare.lookedafter.application.ChildrenLookedAfterService;
import org.cypf.socialcare.lookedafter.application.MissingAndUascService;
import org.cypf.socialcare.lookedafter.application.PlacementMeasures;
import org.cypf.socialcare.permanence.adapter.in.http.PermanenceHttp;
import org.cypf.socialcare.permanence.adapter.out.persistence.JooqPermanenceRecords;
import org.cypf.socialcare.permanence.application.PermanenceMeasures;
import org.cypf.socialcare.permanence.application.PermanenceService;
import org.cypf.socialcare.protection.adapter.in.http.ChildProtectionHttp;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionPlans;
import org.cypf.socialcare.protection.application.ChildProtectionMeasures;
import org.cypf.socialcare.protection.application.ChildProtectionService;
import org.cypf.socialcare.returns.adapter.in.http.CinCensusHttp;
import org.cypf.socialcare.returns.adapter.in.http.Ssda903Http;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvReader;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvWriter;
import org.cypf.socialcare.returns.adapter.out.persistence.JooqCinCensusDetails;
import org.cypf.socialcare.returns.adapter.out.persistence.JooqCinCensusRecords;
import org.cypf.socialcare.returns.adapter.out.persistence.JooqSsda903Episodes;
import org.cypf.socialcare.returns.adapter.out.persistence.JooqSsda903Headers;
import org.cypf.socialcare.returns.adapter.out.xml.CinCensusXml;
import org.cypf.socialcare.returns.application.CinCensusDetailsService;
import org.cypf.socialcare.returns.application.CinCensusPorts;
import org.cypf.socialcare.returns.application.CinCensusReturnService;
import org.cypf.socialcare.returns.application.Ports;
import org.cypf.socialcare.returns.application.Ssda903ReturnService;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * Children's social care, assembled: the one place that knows which adapter implements which port.
 * The app builds it with social care's own database (role {@code cypf_social_care}) and governance's access port.
 */
public final class SocialCareContext {
    /** The name social care publishes events and audits accesses under. */
    public static final String NAME = "social-care";
    /** Where the application mounts social care's web resources. */
    public static final String PATH = SocialCareHttp.PREFIX;

    private final ChildrenLookedAfterService lookedAfter;
    private final ChildrenLookedAfterMeasures measures;
    private final FrontDoorService frontDoor;
    private final ContextDatabase database;
    private final ReferralsAndAssessmentsService referralsAndAssessments;
    private final ChildProtectionService childProtection;
    private final List<MeasureSource> childrenInNeedMeasures;
    private final CareAndReturns careAndReturns;
    private final Clock clock;
    private final org.cypf.socialcare.schoolexclusions.application.SchoolExclusionsService schoolExclusions;
    private final org.cypf.socialcare.assessment.application.AssessmentsDueService assessmentsDue;
    private final org.cypf.socialcare.protection.application.ConferencesDueService conferencesDue;
    private final org.cypf.socialcare.protection.application.PlanReviewsDueService planReviewsDue;
    private final org.cypf.socialcare.lookedafter.application.LookedAfterReviewsDueService lookedAfterReviewsDue;
    private final org.cypf.socialcare.protection.application.ConferencesOverdueService conferencesOverdue;

    /**
     * @param childPopulation children aged 0-17 in the authority (ONS mid-year estimate), for rates per 10,000
     */
    public SocialCareContext(ContextDatabase database, ChildRecordAccess access, long childPopulation, Clock clock) {
        this(database, access, childPopulation, null, clock);
    }

    /**
     * @param localAuthorityCode the authority's three-digit LA code (the CIN census header's LEA); null leaves it out
     */
    public SocialCareContext(ContextDatabase database, ChildRecordAccess childRecordAccess, long childPopulation,
                             String localAuthorityCode, Clock clock) {
        this(database, childRecordAccess, childPopulation, localAuthorityCode, clock, new LoggingNotifications());
    }

    /**
     * @param delivery      where alerts for practitioners go (ADR 0102): the allocated worker of a child known to
     *                      social care who is suspended or excluded from school, or whose initial conference is
     *                      overdue; each fact is sent once (ADR 0108)
     */
    public SocialCareContext(ContextDatabase database, ChildRecordAccess childRecordAccess, long childPopulation,
                             String localAuthorityCode, Clock clock, Notifications delivery) {
        this.database = database;
        Notifications notifications = new org.cypf.platform.notify.OnceOnlyNotifications(delivery);
        ContextRecordAccess access = childRecordAccess.boundTo(NAME);
        var periods = new JooqPeriodsOfCare(database);
        this.lookedAfter = new ChildrenLookedAfterService(database, periods, new JooqChildren(database),
                new JooqLookedAfterReviews(database), access, new OutboxPublisher(NAME), WorkingDayCalendar.england(),
                clock);
        this.measures = new ChildrenLookedAfterMeasures(database, periods, childPopulation, clock);
        // Front door, referrals and assessments, child protection: the children in need census's ground.
        var children = new JooqChildren(database);
        var events = new OutboxPublisher(NAME);
        var contacts = new JooqContacts(database);
        var referrals = new JooqReferrals(database);
        var assessments = new JooqAssessments(database);
        var enquiries = new JooqChildProtectionEnquiries(database);
        var plans = new JooqChildProtectionPlans(database);
        this.frontDoor = new FrontDoorService(database, contacts, referrals, children, access, events, clock);
        this.referralsAndAssessments = new ReferralsAndAssessmentsService(database, referrals, assessments, children,
                access, events, clock);
        this.childProtection = new ChildProtectionService(database, referrals, enquiries, plans, children, access,
                events, clock);
        this.childrenInNeedMeasures = List.of(new FrontDoorMeasures(database, contacts, clock),
                new AssessmentMeasures(database, referrals, assessments, clock),
                new ChildProtectionMeasures(database, enquiries, plans, childPopulation, clock));
        this.careAndReturns = new CareAndReturns(database, periods, access, localAuthorityCode, clock);
        this.schoolExclusions = new org.cypf.socialcare.schoolexclusions.application.SchoolExclusionsService(database,
                new org.cypf.socialcare.schoolexclusions.adapter.out.persistence.JooqSchoolExclusionRecords(database),
                access, notifications);
        // The work queues' readings (issue 15): paged in SQL, soonest due first.
        this.assessmentsDue = new org.cypf.socialcare.assessment.application.AssessmentsDueService(database,
                new org.cypf.socialcare.assessment.adapter.out.persistence.JooqAssessmentsAwaitingAuthorisation(database),
                children, access, clock);
        this.conferencesDue = new org.cypf.socialcare.protection.application.ConferencesDueService(database,
                new org.cypf.socialcare.protection.adapter.out.persistence.JooqConferencesAwaited(database), children,
                access, clock);
        this.planReviewsDue = new org.cypf.socialcare.protection.application.PlanReviewsDueService(database,
                new org.cypf.socialcare.protection.adapter.out.persistence.JooqPlanReviewsAwaited(database), children,
                access, clock);
        this.lookedAfterReviewsDue = new org.cypf.socialcare.lookedafter.application.LookedAfterReviewsDueService(
                database, new org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqLookedAfterReviewsAwaited(
                database), children, access, WorkingDayCalendar.england(), clock);
        this.conferencesOverdue = new org.cypf.socialcare.protection.application.ConferencesOverdueService(database,
                new org.cypf.socialcare.protection.adapter.out.persistence.JooqConferencesAwaited(database), access,
                notifications, clock);
        this.clock = clock;
    }

    /**
     * Looked-after children's missing episodes and UASC status, permanence, care leavers, family network meetings and
     * the national returns (SSDA903, CIN census): their services, measures and resources, on social care's database.
     */
    private static final class CareAndReturns {
        final MissingAndUascService missingAndUasc;
        final PermanenceService permanence;
        final CareLeaverService careLeavers;
        final FamilyNetworkService familyNetwork;
        final Ssda903ReturnService returns;
        final CinCensusReturnService cinCensus;
        final CinCensusDetailsService cinCensusDetails;
        final List<MeasureSource> measures;

        CareAndReturns(ContextDatabase database, JooqPeriodsOfCare periods, ContextRecordAccess access,
                       String localAuthorityCode, Clock clock) {
            var children = new JooqChildren(database);
            var events = new OutboxPublisher(NAME);
            var missing = new JooqMissingEpisodes(database);
            var uasc = new JooqUascRecords(database);
            var permanenceRecords = new JooqPermanenceRecords(database);
            var careLeaverRecords = new JooqCareLeaverRecords(database);
            var meetings = new JooqFamilyNetworkMeetings(database);
            this.missingAndUasc = new MissingAndUascService(database, children, periods, missing, uasc, access, clock);
            this.permanence = new PermanenceService(database, periods, children, permanenceRecords, access, events,
                    clock);
            this.careLeavers = new CareLeaverService(database, children, periods, careLeaverRecords,
                    new JooqEighteenthBirthdaysPublished(database), access, events, clock);
            this.familyNetwork = new FamilyNetworkService(database, children, meetings, access, events, clock);
            this.returns = new Ssda903ReturnService(database, new Ports(children, new JooqSsda903Headers(database),
                    periods, new JooqSsda903Episodes(database), new JooqLookedAfterReviews(database), missing, uasc, permanenceRecords, careLeaverRecords),
                    new Ssda903CsvReader(Ssda903Codes.standard()), new Ssda903CsvWriter(), access, events, clock);
            this.cinCensus = new CinCensusReturnService(database, new CinCensusPorts(children,
                    new JooqSsda903Headers(database), new JooqCinCensusRecords(database), new JooqAssessments(database),
                    new JooqChildProtectionPlans(database), new JooqCinCensusDetails(database)), new CinCensusXml(),
                    access, clock, localAuthorityCode);
            this.cinCensusDetails = new CinCensusDetailsService(database, children, new JooqReferrals(database),
                    new JooqCinCensusDetails(database), access, clock);
            this.measures = List.of(new PlacementMeasures(database, periods, children, missing, clock),
                    new PermanenceMeasures(database, periods, clock),
                    new CareLeaverMeasures(database, careLeaverRecords, children, clock),
                    new FamilyNetworkMeasures(database, meetings, clock));
        }

        List<SocialCareHttp.Mounted> http(Clock clock) {
            return List.of(new SocialCareHttp.Mounted(MissingEpisodesHttp.PATH, new MissingEpisodesHttp(missingAndUasc)),
                    new SocialCareHttp.Mounted(UascHttp.PATH, new UascHttp(missingAndUasc)),
                    new SocialCareHttp.Mounted(PermanenceHttp.PATH, new PermanenceHttp(permanence)),
                    new SocialCareHttp.Mounted(CareLeaversHttp.PATH, new CareLeaversHttp(careLeavers, clock)),
                    new SocialCareHttp.Mounted(FamilyNetworkHttp.PATH, new FamilyNetworkHttp(familyNetwork)),
                    new SocialCareHttp.Mounted(Ssda903Http.PATH, new Ssda903Http(returns)),
                    new SocialCareHttp.Mounted(CinCensusHttp.PATH, new CinCensusHttp(cinCensus, cinCensusDetails)));
        }
    }

    public ChildrenLookedAfter childrenLookedAfter() {
        return lookedAfter;
    }

    public FrontDoor frontDoor() {
        return frontDoor;
    }

    public ReferralsAndAssessments referralsAndAssessments() {
        return referralsAndAssessments;
    }

    public ChildProtection childProtection() {
        return childProtection;
    }

    /** The assessments work queue's reading (45 working days). */
    public org.cypf.socialcare.api.assessment.AssessmentsDue assessmentsDue() {
        return assessmentsDue;
    }

    /** The initial child protection conferences work queue's reading (15 working days). */
    public org.cypf.socialcare.api.protection.ConferencesDue conferencesDue() {
        return conferencesDue;
    }

    /** The child protection reviews work queue's reading, ordered by the review's due date. */
    public org.cypf.socialcare.api.protection.PlanReviewsDue planReviewsDue() {
        return planReviewsDue;
    }

    /** The looked-after reviews work queue's reading, ordered by the review's due date (regulation 33). */
    public org.cypf.socialcare.api.lookedafter.LookedAfterReviewsDue lookedAfterReviewsDue() {
        return lookedAfterReviewsDue;
    }

    /** The clock of the initial conference: the allocated worker told once when it is overdue (ADR 0108). */
    public org.cypf.socialcare.api.protection.ConferencesOverdue conferencesOverdue() {
        return conferencesOverdue;
    }

    public MissingFromCare missingFromCare() {
        return careAndReturns.missingAndUasc;
    }

    public UnaccompaniedAsylumSeekingChildren unaccompaniedAsylumSeekingChildren() {
        return careAndReturns.missingAndUasc;
    }

    public PermanencePlanning permanence() {
        return careAndReturns.permanence;
    }

    public CareLeavers careLeavers() {
        return careAndReturns.careLeavers;
    }

    public FamilyNetworkMeetings familyNetworkMeetings() {
        return careAndReturns.familyNetwork;
    }

    public Ssda903Returns ssda903Returns() {
        return careAndReturns.returns;
    }

    public CinCensusExport cinCensusExport() {
        return careAndReturns.cinCensus;
    }

    /** The measures social care computes for governance's scorecards. */
    /** What social care holds about one child, for governance's subject access export (ADR 0032). */
    public org.cypf.governance.api.access.ChildRecordSource childRecordSource() {
        return new org.cypf.socialcare.shared.adapter.out.persistence.JooqChildRecordSource(NAME, database);
    }

    /** What social care does for retention: its records due under the national rules, and their anonymisation (ADR 0034). */
    public org.cypf.governance.api.access.RecordRetention recordRetention() {
        return new org.cypf.socialcare.retention.adapter.out.persistence.JooqRecordRetention(NAME, database);
    }

    public List<MeasureSource> measureSources() {
        List<MeasureSource> sources = new java.util.ArrayList<>(List.of(measures));
        sources.addAll(childrenInNeedMeasures);
        sources.addAll(careAndReturns.measures);
        return List.copyOf(sources);
    }

    /**
     * The events of other contexts social care acts on: early help stepping a child up to the front door; a school's
     * suspension or exclusion of a child social care knows; health asking for social care's advice to an EHC needs
     * assessment.
     */
    public List<EventSubscription> subscriptions() {
        List<EventSubscription> all = new java.util.ArrayList<>();
        all.add(new EarlyHelpStepUpSubscriber(frontDoor, database).subscription());
        all.add(new org.cypf.socialcare.schoolexclusions.adapter.in.event.SchoolExclusionSubscriber(schoolExclusions,
                database).subscription());
        all.addAll(new EhcAdviceRequestedSubscriber(new OutboxPublisher(NAME), database, clock).subscriptions());
        return List.copyOf(all);
    }

    /** Social care's resources: periods of care at the prefix itself, then each capability's group at its path. */
    public SocialCareHttp http() {
        List<SocialCareHttp.Mounted> groups = new java.util.ArrayList<>();
        groups.add(new SocialCareHttp.Mounted("", new LookedAfterHttp(lookedAfter, clock)));
        groups.addAll(careAndReturns.http(clock));
        groups.add(new SocialCareHttp.Mounted(FrontDoorHttp.PATH, new FrontDoorHttp(frontDoor, clock)));
        groups.add(new SocialCareHttp.Mounted(AssessmentHttp.PATH, new AssessmentHttp(referralsAndAssessments)));
        groups.add(new SocialCareHttp.Mounted(ChildProtectionHttp.PATH, new ChildProtectionHttp(childProtection, clock)));
        return new SocialCareHttp(groups);
    }
}
