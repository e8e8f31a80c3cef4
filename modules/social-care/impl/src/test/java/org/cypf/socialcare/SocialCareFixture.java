package org.cypf.socialcare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.json.JsonMapping;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.RecordingNotifications;
import org.jooq.CloseableDSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Social care assembled as the app assembles it, on a fresh PostgreSQL database: its own pool (role
 * {@code cypf_social_care}), governance's access contract ({@link RecordingChildRecordAccess}: partner organisation
 * {@code council}, refusals written through a {@code cypf_governance} pool), a fixed clock, and an admin connection to look at tables the roles cannot read
 * (the access audit, the outbox).
 */
public final class SocialCareFixture implements AutoCloseable {
    /** Monday 30 June 2025, lunchtime in England. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final String PARTNER = "council";
    public static final Caller SOCIAL_WORKER = new Caller("sw.smith", PARTNER, "social-worker", null);
    public static final Caller OUTSIDER = new Caller("j.bloggs", "rogue-agency", "social-worker", null);
    /** A valid permanent UPN (check letter A). */
    public static final String UPN = "A861200101002";

    public final TestDatabase.Target target;
    public final ContextDatabase socialCareDb;
    public final ContextDatabase governanceDb;
    public final SocialCareContext context;
    /** What social care asked to be sent to practitioners (ADR 0102). */
    public final RecordingNotifications notifications = new RecordingNotifications();
    public final CloseableDSLContext admin;

    private SocialCareFixture(TestDatabase.Target target, long childPopulation) {
        this.target = target;
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        this.socialCareDb = ContextDatabase.open(settings, "social_care", 4);
        this.governanceDb = ContextDatabase.open(settings, "governance", 2);
        this.context = new SocialCareContext(socialCareDb, RecordingChildRecordAccess.forPartners(Set.of(PARTNER)).withAuditThrough(governanceDb),
                childPopulation, null, CLOCK, notifications);
        this.admin = DSL.using(target.jdbcUrl(), target.user(), target.password());
    }

    public static SocialCareFixture start(String purpose, long childPopulation) {
        return new SocialCareFixture(TestDatabase.fresh(purpose), childPopulation);
    }

    /** A start with valid codes: a full care order (C2), abuse or neglect (N1), foster care in house (U6, PR1). */
    public static StartToBeLookedAfter startCommand(String localChildId, LocalDate dateOfBirth, LocalDate startDate) {
        return startCommand(localChildId, dateOfBirth, startDate, "C2", "U6");
    }

    public static StartToBeLookedAfter startCommand(String localChildId, LocalDate dateOfBirth, LocalDate startDate,
                                                    String legalStatus, String placementType) {
        return new StartToBeLookedAfter(
                new ChildDetails(localChildId, UniquePupilNumber.parse(UPN), null, dateOfBirth, "2"),
                startDate, legalStatus, "N1",
                new Placement(placementType, "PR1", Postcode.parse("ST4 1HH"), "SC123456"),
                Postcode.parse("ST5 2AB"));
    }

    /** A single number from an admin query, e.g. {@code select count(*) from ...}. */
    public long count(String sql, Object... binds) {
        return admin.fetchOne(sql, binds).get(0, Long.class);
    }

    public Result<Record> rows(String sql, Object... binds) {
        return admin.fetch(sql, binds);
    }

    public long auditRows() {
        return count("select count(*) from governance.child_record_access");
    }

    public long outboxRows() {
        return count("select count(*) from platform.outbox");
    }

    public static JsonNode json(String text) {
        try {
            return JsonMapping.clients().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        admin.close();
        socialCareDb.close();
        governanceDb.close();
    }
}
