package org.cypf.familysupport.request.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.familysupport.request.domain.ResponseTarget;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Family support's measure of requests answered in time, counted in SQL on a real PostgreSQL, passes governance's
 * measure-source suite (ADR 0097): a request received on a Tuesday before the date and triaged the next day, stored
 * through the jOOQ requests for support, is one more request counted and one more triaged within target.
 */
class RequestMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("request measure contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected String context() {
        return "family-support";
    }

    @Override
    protected MeasureSource source() {
        return new RequestMeasures(familySupport, new JooqRequestsForSupport(familySupport), ResponseTarget.england(),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return FamilySupportMeasure.REQUESTS_RESPONDED_TO_WITHIN_TARGET.key();
    }

    @Override
    protected void recordOneFact() {
        LocalDate received = LocalDate.of(2025, 3, 11);
        RequestForSupport request = RequestForSupport.received(UUID.randomUUID(), ChildId.newId(), received,
                "PARTNER", "Hillside Primary", "help with routines at home", "parent", received, received).after();
        RequestForSupport triaged = request.triage(received.plusDays(1), "EARLY_HELP", null, received.plusDays(1))
                .after();
        JooqRequestsForSupport requests = new JooqRequestsForSupport(familySupport);
        familySupport.run(() -> requests.add(request));
        familySupport.run(() -> requests.update(triaged, request.version()));
    }
}
