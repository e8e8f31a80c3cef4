package org.cypf.educationskills;

import java.util.List;
import org.cypf.educationskills.alternativeprovision.adapter.in.http.AlternativeProvisionHttp;
import org.cypf.educationskills.alternativeprovision.adapter.out.persistence.JooqApPlacements;
import org.cypf.educationskills.alternativeprovision.application.AlternativeProvisionService;
import org.cypf.educationskills.api.alternativeprovision.AlternativeProvision;
import org.cypf.educationskills.api.attendance.Attendance;
import org.cypf.educationskills.api.participation.Participation;
import org.cypf.educationskills.api.results.Results;
import org.cypf.educationskills.participation.adapter.in.http.ParticipationHttp;
import org.cypf.educationskills.participation.adapter.out.csv.ActivityCsvReader;
import org.cypf.educationskills.participation.adapter.out.persistence.JooqActivityRecords;
import org.cypf.educationskills.participation.application.ParticipationMeasures;
import org.cypf.educationskills.participation.application.ParticipationService;
import org.cypf.educationskills.api.settings.Settings;
import org.cypf.educationskills.results.adapter.in.http.ResultsHttp;
import org.cypf.educationskills.results.adapter.out.csv.ResultsCsvReader;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultFigures;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultRecords;
import org.cypf.educationskills.results.application.ResultsMeasures;
import org.cypf.educationskills.results.application.ResultsService;
import org.cypf.educationskills.attendance.adapter.in.http.AttendanceHttp;
import org.cypf.educationskills.attendance.adapter.out.csv.AttendanceCsvReader;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.application.AttendanceService;
import org.cypf.educationskills.api.exclusions.Exclusions;
import org.cypf.educationskills.exclusions.adapter.in.http.ExclusionsHttp;
import org.cypf.educationskills.exclusions.adapter.out.csv.ExclusionCsvReader;
import org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionRecords;
import org.cypf.educationskills.exclusions.application.ExclusionsService;
import org.cypf.educationskills.settings.adapter.in.http.SettingsHttp;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.csv.TermDatesCsvReader;
import org.cypf.educationskills.virtualschool.application.PepDueDates;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqTermDates;
import org.cypf.educationskills.settings.application.SettingsService;
import org.cypf.educationskills.shared.adapter.in.http.EducationSkillsResources;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.educationskills.ehcadvice.adapter.in.event.EhcAdviceRequestedSubscriber;
import org.cypf.educationskills.virtualschool.adapter.in.event.ChildrenInCareSubscriber;
import org.cypf.educationskills.virtualschool.adapter.in.http.EducationSkillsHttp;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.application.VirtualSchoolService;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;

/** Education and skills, assembled with its own database (role {@code cypf_education_skills}). */
public final class EducationSkillsContext {
    /** The name education and skills publishes events and audits accesses under. */
    public static final String NAME = "education-skills";
    /** Where the application mounts education and skills's web resources. */
    public static final String PATH = EducationSkillsResources.PREFIX;

    private final ContextDatabase database;
    private final java.time.Clock clock;
    private final VirtualSchoolService virtualSchool;
    private final SettingsService settings;
    private final AttendanceService attendance;
    private final ExclusionsService exclusions;
    private final ResultsService results;
    private final ParticipationService participation;
    private final AlternativeProvisionService alternativeProvision;

    public EducationSkillsContext(ContextDatabase database, ChildRecordAccess access) {
        this(database, access, java.time.Clock.systemUTC());
    }

    /** @param clock when measures are computed, for their provenance */
    public EducationSkillsContext(ContextDatabase database, ChildRecordAccess access, java.time.Clock clock) {
        this.database = database;
        this.clock = clock;
        var termDates = new JooqTermDates(database, WorkingDayCalendar.england());
        var roll = new JooqVirtualSchoolRoll(database);
        this.virtualSchool = new VirtualSchoolService(database, roll, access.boundTo(NAME),
                WorkingDayCalendar.england(), java.time.Clock.system(java.time.ZoneId.of("Europe/London")), termDates);
        // Term dates move the open PEPs' due dates: the virtual school counts them again when they change (ADR 0087).
        this.settings = new SettingsService(database, new JooqSettingsHeld(database), new GiasCsvReader(), termDates,
                new TermDatesCsvReader(), new PepDueDates(roll, termDates), access.boundTo(NAME));
        this.attendance = new AttendanceService(database, new AttendanceCsvReader(), new JooqAttendanceRecords(database),
                new JooqPupils(database), access.boundTo(NAME));
        this.exclusions = new ExclusionsService(database, new ExclusionCsvReader(), new JooqExclusionRecords(database),
                new JooqPupils(database), access.boundTo(NAME), new OutboxPublisher(NAME));
        this.results = new ResultsService(database, new ResultsCsvReader(), new JooqResultRecords(database),
                new JooqPupils(database), access.boundTo(NAME));
        this.participation = new ParticipationService(database, new ActivityCsvReader(),
                new JooqActivityRecords(database), new JooqPupils(database), access.boundTo(NAME));
        this.alternativeProvision = new AlternativeProvisionService(database, new JooqApPlacements(database),
                new JooqPupils(database), access.boundTo(NAME), java.time.Clock.system(java.time.ZoneId.of("Europe/London")),
                new org.cypf.educationskills.alternativeprovision.adapter.out.csv.ApPlacementCsvReader());
    }

    /**
     * The measures education and skills computes for governance's scorecards (attendance, suspensions and
     * exclusions, results), from its own records.
     */
    public List<org.cypf.governance.api.measure.MeasureSource> measureSources() {
        return List.of(
                new org.cypf.educationskills.attendance.application.AttendanceMeasures(database,
                        new org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceFigures(database),
                        clock),
                new org.cypf.educationskills.exclusions.application.ExclusionMeasures(database,
                        new org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionFigures(database),
                        clock),
                new ResultsMeasures(database, new JooqResultFigures(database), clock),
                new org.cypf.educationskills.virtualschool.application.PepMeasures(database,
                        new JooqVirtualSchoolRoll(database), clock),
                new ParticipationMeasures(database, new JooqActivityRecords(database), clock));
    }

    public Exclusions exclusions() {
        return exclusions;
    }

    public Participation participation() {
        return participation;
    }

    public Results results() {
        return results;
    }

    public AlternativeProvision alternativeProvision() {
        return alternativeProvision;
    }

    public Settings settings() {
        return settings;
    }

    public Attendance attendance() {
        return attendance;
    }

    public VirtualSchool virtualSchool() {
        return virtualSchool;
    }

    /** What education and skills holds about one child, for governance's subject access export (ADR 0032). */
    public org.cypf.governance.api.access.ChildRecordSource childRecordSource() {
        return new org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqChildRecordSource(NAME, database);
    }

    /** What education and skills does for retention: its records due under the national rules, and their anonymisation (ADR 0034). */
    public org.cypf.governance.api.access.RecordRetention recordRetention() {
        return new org.cypf.educationskills.retention.adapter.out.persistence.JooqRecordRetention(NAME, database);
    }

    /**
     * The events of other contexts this context acts on: social care's children entering and leaving care; health
     * asking for education's advice to an EHC needs assessment (answered with the day in England).
     */
    public List<EventSubscription> subscriptions() {
        List<EventSubscription> all = new java.util.ArrayList<>(
                new ChildrenInCareSubscriber(virtualSchool, database).subscriptions());
        all.add(new org.cypf.educationskills.virtualschool.adapter.in.event.ExclusionsOfChildrenInCareSubscriber(
                virtualSchool, database).subscription());
        all.addAll(new EhcAdviceRequestedSubscriber(new OutboxPublisher(NAME), database,
                java.time.Clock.system(java.time.ZoneId.of("Europe/London"))).subscriptions());
        return List.copyOf(all);
    }

    /** Every capability's resources, mounted together at {@link #PATH}. */
    public EducationSkillsResources http() {
        return new EducationSkillsResources(List.of(new EducationSkillsHttp(virtualSchool), new SettingsHttp(settings),
                new AttendanceHttp(attendance), new ExclusionsHttp(exclusions), new ResultsHttp(results),
                new ParticipationHttp(participation), new AlternativeProvisionHttp(alternativeProvision)));
    }

    /**
     * The import from a school information system's database (ADR 0103): its rows read by the MariaDB adapter after
     * education's watermarks, imported through the attendance and exclusion use cases as a system caller. The
     * application opens the system's database from its configuration and runs the import on a timer (ADR 0107).
     */
    public org.cypf.educationskills.api.schoolsystem.SchoolSystemFeed schoolSystemFeed(
            ContextDatabase.SourceDatabase system) {
        var importer = new org.cypf.educationskills.schoolsystem.application.SchoolSystemImport(database,
                new org.cypf.educationskills.schoolsystem.adapter.out.persistence.MariaDbSchoolInformationSystem(system),
                new org.cypf.educationskills.schoolsystem.adapter.out.persistence.JooqImportWatermarks(database),
                attendance, exclusions,
                org.cypf.governance.api.access.Caller.system(NAME + ".school-system-import"));
        return () -> {
            var report = importer.run();
            return new org.cypf.educationskills.api.schoolsystem.SchoolSystemFeed.ImportRun(report.system(),
                    report.attendanceRead(), report.attendanceImported(), report.suspensionsRead(),
                    report.suspensionsImported(), report.unmapped().size());
        };
    }
}
