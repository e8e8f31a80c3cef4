package org.cypf.familysupport;

import java.time.Clock;
import java.util.List;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.familysupport.api.programme.Programmes;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.directory.adapter.in.http.DirectoryHttp;
import org.cypf.familysupport.directory.adapter.out.oruk.OrukFeedFormat;
import org.cypf.familysupport.directory.adapter.out.persistence.JooqDirectory;
import org.cypf.familysupport.directory.adapter.out.postcode.BundledPostcodeLocations;
import org.cypf.familysupport.directory.application.DirectoryService;
import org.cypf.familysupport.api.family.Families;
import org.cypf.familysupport.earlyhelp.adapter.in.http.EarlyHelpHttp;
import org.cypf.familysupport.family.adapter.in.http.FamilyHttp;
import org.cypf.familysupport.family.adapter.out.persistence.JooqFamilyGroupings;
import org.cypf.familysupport.family.application.FamilyService;
import org.cypf.familysupport.earlyhelp.adapter.out.persistence.JooqEarlyHelpEpisodes;
import org.cypf.familysupport.earlyhelp.application.EarlyHelpMeasures;
import org.cypf.familysupport.earlyhelp.application.EarlyHelpService;
import org.cypf.familysupport.familyhub.adapter.in.http.FamilyHubHttp;
import org.cypf.familysupport.familyhub.adapter.out.persistence.JooqFamilyHubRegister;
import org.cypf.familysupport.familyhub.application.FamilyHubDirectory;
import org.cypf.familysupport.familynetwork.adapter.in.http.FamilyNetworkHttp;
import org.cypf.familysupport.familynetwork.adapter.out.persistence.JooqFamilyNetworkMeetings;
import org.cypf.familysupport.familynetwork.application.FamilyNetworkService;
import org.cypf.familysupport.programme.adapter.in.http.ProgrammeHttp;
import org.cypf.familysupport.programme.adapter.out.persistence.JooqProgrammeEnrolments;
import org.cypf.familysupport.programme.application.ProgrammeMeasures;
import org.cypf.familysupport.programme.application.ProgrammeService;
import org.cypf.familysupport.request.adapter.in.event.ContactStepDownSubscriber;
import org.cypf.familysupport.request.adapter.in.http.RequestForSupportHttp;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.application.RequestForSupportService;
import org.cypf.familysupport.request.application.RequestMeasures;
import org.cypf.familysupport.request.domain.ResponseTarget;
import org.cypf.familysupport.shared.adapter.in.http.FamilySupportHttp;
import org.cypf.familysupport.shared.adapter.out.persistence.JooqChildRecordSource;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;

/** Family support, assembled with its own database (role {@code cypf_family_support}). */
public final class FamilySupportContext {
    /** The name family support publishes events and audits accesses under. */
    public static final String NAME = "family-support";
    /** Where the application mounts family support's web resources. */
    public static final String PATH = FamilySupportHttp.PREFIX;

    private final ContextDatabase database;
    private final FamilyHubDirectory hubs;
    private final DirectoryService directory;
    private final RequestForSupportService requests;
    private final FamilyService families;
    private final EarlyHelpService earlyHelp;
    private final EarlyHelpMeasures earlyHelpMeasures;
    private final FamilyNetworkService familyNetwork;
    private final ProgrammeService programmes;
    private final ProgrammeMeasures programmeMeasures;
    private final RequestMeasures requestMeasures;

    /**
     * @param childRecordAccess governance's access port: family records (requests for support, early help) are
     *                          children's records, authorised and audited under {@value #NAME}
     */
    public FamilySupportContext(ContextDatabase database, ChildRecordAccess childRecordAccess, Clock clock) {
        this(database, childRecordAccess, clock, java.util.Optional.empty());
    }

    /**
     * @param postcodeFile an extract in the ONS Postcode Directory's layout to place postcodes from (setting
     *                     {@code family-support.postcode-file}); empty for the extract bundled with CYPF
     */
    public FamilySupportContext(ContextDatabase database, ChildRecordAccess childRecordAccess, Clock clock,
                                java.util.Optional<java.nio.file.Path> postcodeFile) {
        this.database = database;
        ContextRecordAccess access = childRecordAccess.boundTo(NAME);
        var directoryRecords = new JooqDirectory(database);
        this.hubs = new FamilyHubDirectory(database, new JooqFamilyHubRegister(database), access, clock);
        this.directory = new DirectoryService(database, directoryRecords, new OrukFeedFormat(),
                postcodeFile.map(BundledPostcodeLocations::fromFile).orElseGet(BundledPostcodeLocations::bundled), access);
        var requestRecords = new JooqRequestsForSupport(database);
        var familyGroupings = new JooqFamilyGroupings(database);
        this.families = new FamilyService(database, familyGroupings, access, clock);
        var outbox = new OutboxPublisher(NAME);
        this.requests = new RequestForSupportService(database, requestRecords, directoryRecords, familyGroupings,
                access, outbox, clock);
        var episodeRecords = new JooqEarlyHelpEpisodes(database);
        this.earlyHelp = new EarlyHelpService(database, episodeRecords, requestRecords, familyGroupings, access, outbox,
                clock);
        this.earlyHelpMeasures = new EarlyHelpMeasures(database, episodeRecords, clock);
        this.familyNetwork = new FamilyNetworkService(database, new JooqFamilyNetworkMeetings(database), episodeRecords,
                access, outbox, clock);
        var enrolmentRecords = new JooqProgrammeEnrolments(database);
        this.programmes = new ProgrammeService(database, enrolmentRecords, episodeRecords, access, outbox, clock);
        this.programmeMeasures = new ProgrammeMeasures(database, enrolmentRecords, clock);
        this.requestMeasures = new RequestMeasures(database, requestRecords, ResponseTarget.england(), clock);
    }

    public FamilyHubs familyHubs() {
        return hubs;
    }

    /** The Open Referral UK service directory (public data: organisations and services, no family's record). */
    public ServiceDirectory serviceDirectory() {
        return directory;
    }

    /** Requests for support: children's records, through the access port. */
    public RequestsForSupport requestsForSupport() {
        return requests;
    }

    /** Family groupings of siblings: each child named is authorised and audited on its own. */
    public Families families() {
        return families;
    }

    /** Early help episodes, from a request triaged to early help to the sustained-outcome check; step-up. */
    public EarlyHelpEpisodes earlyHelpEpisodes() {
        return earlyHelp;
    }

    /** Family network meetings and family group conferences offered to families in early help. */
    public FamilyNetworkMeetings familyNetworkMeetings() {
        return familyNetwork;
    }

    /** Family Matters, Holiday Activities and Food, parenting programmes: enrolments with sessions attended. */
    public Programmes programmes() {
        return programmes;
    }

    /** Family support's measures for governance's scorecards (the keys of {@code FamilySupportMeasure}). */
    public List<MeasureSource> measureSources() {
        return List.of(earlyHelpMeasures, requestMeasures, programmeMeasures);
    }

    /** What family support holds about a child, for governance's subject access export. */
    public ChildRecordSource childRecordSource() {
        return new JooqChildRecordSource(NAME, database);
    }

    /** What family support does for retention: its records due under the national rules, and their anonymisation (ADR 0034). */
    public org.cypf.governance.api.access.RecordRetention recordRetention() {
        return new org.cypf.familysupport.retention.adapter.out.persistence.JooqRecordRetention(NAME, database);
    }

    /** The events of other contexts family support acts on: social care stepping a contact down to early help. */
    public List<EventSubscription> subscriptions() {
        return List.of(new ContactStepDownSubscriber(requests, database).subscription());
    }

    public FamilySupportHttp http() {
        return new FamilySupportHttp(List.of(new FamilyHubHttp(hubs), new DirectoryHttp(directory),
                new RequestForSupportHttp(requests), new FamilyHttp(families), new EarlyHelpHttp(earlyHelp),
                new FamilyNetworkHttp(familyNetwork), new ProgrammeHttp(programmes)));
    }
}
