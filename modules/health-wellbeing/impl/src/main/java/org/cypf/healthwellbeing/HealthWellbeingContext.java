package org.cypf.healthwellbeing;

import java.time.Clock;
import java.util.List;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImports;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImports;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.healthwellbeing.api.query.ChildrenInCareHealthRecords;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.Sen2Export;
import org.cypf.healthwellbeing.childhealth.adapter.in.http.ChildHealthHttp;
import org.cypf.healthwellbeing.childhealth.adapter.out.csv.ObservationCsvReader;
import org.cypf.healthwellbeing.childhealth.adapter.out.persistence.JooqChildHealthObservations;
import org.cypf.healthwellbeing.childhealth.application.ChildHealthImportService;
import org.cypf.healthwellbeing.childhealth.application.ChildHealthMeasures;
import org.cypf.healthwellbeing.childrenincare.adapter.in.event.ChildEnteredCareSubscriber;
import org.cypf.healthwellbeing.childrenincare.adapter.in.http.ChildrenInCareHealthHttp;
import org.cypf.healthwellbeing.childrenincare.adapter.out.persistence.JooqCareHealthRecords;
import org.cypf.healthwellbeing.childrenincare.application.ChildrenInCareHealthMeasures;
import org.cypf.healthwellbeing.childrenincare.application.ChildrenInCareHealthService;
import org.cypf.healthwellbeing.healthychild.adapter.in.http.HealthyChildProgrammeHttp;
import org.cypf.healthwellbeing.healthychild.adapter.out.persistence.JooqHealthyChildren;
import org.cypf.healthwellbeing.healthychild.application.HealthyChildMeasures;
import org.cypf.healthwellbeing.healthychild.application.HealthyChildProgrammeService;
import org.cypf.healthwellbeing.mentalhealth.adapter.in.http.MentalHealthHttp;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence.JooqMentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.application.MentalHealthMeasures;
import org.cypf.healthwellbeing.mentalhealth.application.MentalHealthService;
import org.cypf.healthwellbeing.mentalhealth.application.SelfHarmAdmissionsImportService;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.csv.SelfHarmAdmissionsCsvReader;
import org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence.JooqSelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.organisation.adapter.in.http.HealthWellbeingHttp;
import org.cypf.healthwellbeing.organisation.adapter.out.persistence.JooqHealthOrganisationRegister;
import org.cypf.healthwellbeing.organisation.application.HealthOrganisationDirectory;
import org.cypf.healthwellbeing.send.adapter.in.event.EhcAdviceGivenSubscriber;
import org.cypf.healthwellbeing.send.adapter.in.http.EhcNeedsAssessmentHttp;
import org.cypf.healthwellbeing.send.adapter.out.persistence.JooqEhcRequests;
import org.cypf.healthwellbeing.send.application.EhcMeasures;
import org.cypf.healthwellbeing.send.adapter.out.xml.Sen2Xml;
import org.cypf.healthwellbeing.send.application.EhcNeedsAssessmentService;
import org.cypf.healthwellbeing.send.application.Sen2ExportService;
import org.cypf.healthwellbeing.shared.adapter.out.persistence.JooqChildRecordSource;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;

/** Health and wellbeing, assembled with its own database (role {@code cypf_health_wellbeing}). */
public final class HealthWellbeingContext {
    /** The name health and wellbeing publishes events and audits accesses under. */
    public static final String NAME = "health-wellbeing";
    /** Where the application mounts health and wellbeing's web resources. */
    public static final String PATH = HealthWellbeingHttp.PREFIX;

    private final ContextDatabase database;
    private final HealthOrganisationDirectory organisations;
    private final ChildrenInCareHealthService childrenInCare;
    private final EhcNeedsAssessmentService ehc;
    private final HealthyChildProgrammeService healthyChild;
    private final Sen2ExportService sen2;
    private final ChildHealthImportService childHealth;
    private final MentalHealthService mentalHealth;
    private final SelfHarmAdmissionsImportService selfHarm;
    private final List<MeasureSource> measureSources;
    private final org.cypf.healthwellbeing.send.application.EhcPlansDueService ehcPlansDue;

    public HealthWellbeingContext(ContextDatabase database, ChildRecordAccess access, Clock clock) {
        this.database = database;
        this.organisations = new HealthOrganisationDirectory(database, new JooqHealthOrganisationRegister(database));
        this.childrenInCare = new ChildrenInCareHealthService(database, new JooqCareHealthRecords(database),
                access.boundTo(NAME), new OutboxPublisher(NAME), WorkingDayCalendar.england(), clock);
        var ehcRequests = new JooqEhcRequests(database);
        this.ehc = new EhcNeedsAssessmentService(database, ehcRequests, access.boundTo(NAME), new OutboxPublisher(NAME),
                clock);
        this.ehcPlansDue = new org.cypf.healthwellbeing.send.application.EhcPlansDueService(database,
                new org.cypf.healthwellbeing.send.adapter.out.persistence.JooqEhcRequestsAwaitingPlans(database),
                access.boundTo(NAME), clock);
        this.sen2 = new Sen2ExportService(database, ehcRequests, access.boundTo(NAME), new Sen2Xml());
        var observations = new JooqChildHealthObservations(database);
        this.childHealth = new ChildHealthImportService(database, new ObservationCsvReader(), observations,
                access.boundTo(NAME), clock);
        var referrals = new JooqMentalHealthReferrals(database);
        this.mentalHealth = new MentalHealthService(database, referrals, access.boundTo(NAME),
                new OutboxPublisher(NAME), clock);
        var selfHarmFigures = new JooqSelfHarmAdmissionFigures(database);
        this.selfHarm = new SelfHarmAdmissionsImportService(database, new SelfHarmAdmissionsCsvReader(),
                selfHarmFigures, access.boundTo(NAME), clock);
        var healthyChildren = new JooqHealthyChildren(database);
        this.healthyChild = new HealthyChildProgrammeService(database, healthyChildren, access.boundTo(NAME),
                new OutboxPublisher(NAME), clock);
        this.measureSources = List.of(
                new HealthyChildMeasures(database, healthyChildren, clock),
                new ChildHealthMeasures(database, observations, clock),
                new MentalHealthMeasures(database, referrals, selfHarmFigures, clock),
                new ChildrenInCareHealthMeasures(database, new JooqCareHealthRecords(database), clock),
                new EhcMeasures(database, ehcRequests, clock));
    }

    public HealthOrganisations healthOrganisations() {
        return organisations;
    }

    public ChildrenInCareHealth childrenInCareHealth() {
        return childrenInCare;
    }

    /** The query social care's SSDA903 return asks for its OC2 file's health fields. */
    public ChildrenInCareHealthRecords childrenInCareHealthRecords() {
        return childrenInCare;
    }

    /** Initial health assessments due (20 working days): the web's work queue reads it. */
    public org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentsDue initialHealthAssessmentsDue() {
        return childrenInCare;
    }

    public EhcNeedsAssessments ehcNeedsAssessments() {
        return ehc;
    }

    /** EHC needs assessments due (20 weeks): the one reading the web's work queue and the HTTP route share. */
    public org.cypf.healthwellbeing.api.send.EhcPlansDue ehcPlansDue() {
        return ehcPlansDue;
    }

    public MentalHealthReferrals mentalHealthReferrals() {
        return mentalHealth;
    }

    /** Loads of hospital admissions for self-harm by age band (OHID Fingertips' CSV layout). */
    public SelfHarmAdmissionsImports selfHarmAdmissionsImports() {
        return selfHarm;
    }

    public ChildHealthImports childHealthImports() {
        return childHealth;
    }

    public Sen2Export sen2Export() {
        return sen2;
    }

    public HealthyChildProgramme healthyChildProgramme() {
        return healthyChild;
    }

    /** What health holds about a child, for governance's subject access export (ADR 0032). */
    public ChildRecordSource childRecordSource() {
        return new JooqChildRecordSource(NAME, database);
    }

    /** What health and wellbeing does for retention: its records due under the national rules, and their anonymisation (ADR 0034). */
    public org.cypf.governance.api.access.RecordRetention recordRetention() {
        return new org.cypf.healthwellbeing.retention.adapter.out.persistence.JooqRecordRetention(NAME, database);
    }

    /** The measures health computes for governance's scorecard (ADR 0050). */
    public List<MeasureSource> measureSources() {
        return measureSources;
    }

    /** The events of other contexts this context acts on. */
    public List<EventSubscription> subscriptions() {
        List<EventSubscription> all = new java.util.ArrayList<>(
                new ChildEnteredCareSubscriber(childrenInCare, database).subscriptions());
        all.addAll(new EhcAdviceGivenSubscriber(ehc, database).subscriptions());
        return List.copyOf(all);
    }

    public HealthWellbeingHttp http() {
        return new HealthWellbeingHttp(organisations, new ChildrenInCareHealthHttp(childrenInCare),
                new EhcNeedsAssessmentHttp(ehc, ehcPlansDue, sen2), new HealthyChildProgrammeHttp(healthyChild),
                new ChildHealthHttp(childHealth), new MentalHealthHttp(mentalHealth, selfHarm));
    }
}
