package org.cypf.healthwellbeing.send.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.healthwellbeing.send.adapter.out.persistence.JooqEhcRequests;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Health's SEND measure, read through the jOOQ EHC requests on a real PostgreSQL, passes governance's measure-source
 * suite (ADR 0097): a plan issued 80 days after its request, 20 days before the date, stored change by change through
 * the jOOQ EHC requests, is one more plan issued in the year and one more within 20 weeks.
 */
class EhcMeasuresContractTest extends MeasureSourceContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("ehc measure contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected String context() {
        return "health-wellbeing";
    }

    @Override
    protected MeasureSource source() {
        return new EhcMeasures(health, new JooqEhcRequests(health), Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return EhcMeasures.WITHIN_20_WEEKS;
    }

    @Override
    protected void recordOneFact() {
        LocalDate received = asAt().minusDays(100);
        EhcRequest request = EhcRequest.receive(UUID.randomUUID(), ChildId.newId(), new NhsNumber("9434765919"),
                received, asAt()).after();
        EhcRequest assessing = request.decide(received.plusDays(7), "ASSESS", asAt()).after();
        EhcRequest issued = assessing.issuePlan(asAt().minusDays(30), asAt().minusDays(20), List.of("SEMH"), "123456",
                null, asAt()).after();
        JooqEhcRequests requests = new JooqEhcRequests(health);
        health.run(() -> requests.add(request));
        health.run(() -> requests.update(assessing, request.version()));
        health.run(() -> requests.update(issued, assessing.version()));
    }
}
