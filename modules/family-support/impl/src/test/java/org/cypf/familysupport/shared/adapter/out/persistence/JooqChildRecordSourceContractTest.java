package org.cypf.familysupport.shared.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.familysupport.request.adapter.out.persistence.JooqRequestsForSupport;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.contract.ChildRecordSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Family support's subject access source on a real PostgreSQL passes governance's child record source suite
 * (ADR 0097): the records it gives are kept through family support's own jOOQ requests for support.
 */
class JooqChildRecordSourceContractTest extends ChildRecordSourceContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("family support child record source contract");
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
    protected ChildRecordSource source() {
        return new JooqChildRecordSource("family-support", familySupport);
    }

    @Override
    protected String context() {
        return "family-support";
    }

    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }

    @Override
    protected void recordAbout(ChildId child) {
        LocalDate on = LocalDate.of(2025, 3, 3);
        RequestForSupport request = RequestForSupport.received(UUID.randomUUID(), child, on, "FAMILY", null,
                "help with routines at home", "parent", on, on).after();
        familySupport.run(() -> new JooqRequestsForSupport(familySupport).add(request));
    }
}
