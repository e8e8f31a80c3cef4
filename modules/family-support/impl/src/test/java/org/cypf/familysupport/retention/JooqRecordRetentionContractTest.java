package org.cypf.familysupport.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.contract.RecordRetentionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Family support's retention adapter runs the port's suite on a real PostgreSQL: the suite's record is a request for
 * support triaged to advice, received through the context's own use cases (due 25 years after triage, EARLY-HELP).
 */
class JooqRecordRetentionContractTest extends RecordRetentionContract {
    private static final String PARTNER = "stoke-council";
    private static final Caller PRACTITIONER = new Caller("eh.begum", PARTNER, Set.of(), null);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private static ContextDatabase familySupportDb;
    private static FamilySupportContext context;

    @BeforeAll
    static void start() {
        var db = TestDatabase.fresh("family support retention contract");
        familySupportDb = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
        context = new FamilySupportContext(familySupportDb,
                RecordingChildRecordAccess.forPartners(Set.of(PARTNER)), CLOCK);
    }

    @AfterAll
    static void stop() {
        familySupportDb.close();
    }

    @Override
    protected RecordRetention retention() {
        return context.recordRetention();
    }

    @Override
    protected void recordOneDueRecordOf(UUID child) {
        var requests = context.requestsForSupport();
        LocalDate received = LocalDate.of(2025, 3, 3);
        var advice = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(child.toString(), received, "FAMILY",
                null, "Advice on toddler sleep", "Mother", received));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(advice.requestId(), 0, LocalDate.of(2025, 3, 4),
                "INFORMATION_AND_ADVICE", null));
    }
}
