package org.cypf.governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.DataSharingAgreement;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Governance assembled as the app assembles it, on a fresh PostgreSQL database: its pool (role
 * {@code cypf_governance}), the data-sharing agreements {@link #AGREEMENTS}, a fixed clock; a second pool as
 * {@code cypf_social_care} to play a context whose use case opens the transaction an access is audited in; and an
 * admin connection to read the audit, which the contexts' roles may only append to.
 */
public final class GovernanceFixture implements AutoCloseable {
    /** Monday 30 June 2025, lunchtime in England. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    public static final String PARTNER = "council";
    /** The four service contexts. */
    public static final Set<String> CONTEXTS = Set.of("social-care", "education-skills", "family-support", "health-wellbeing");
    /** The agreements the shipped configuration holds, in their shape; plus one that ended, and one not yet in force. */
    public static final List<DataSharingAgreement> AGREEMENTS = List.of(
            new DataSharingAgreement("DSA-SAFEGUARDING", Set.of("council", "nhs", "police", "school"), CONTEXTS,
                    Set.of("safeguarding", "child-protection"), LocalDate.of(2024, 4, 1), null),
            new DataSharingAgreement("DSA-EARLY-HELP", Set.of("council", "nhs", "school", "voluntary-sector"),
                    Set.of("family-support", "education-skills"), Set.of("early-help", "family-support"),
                    LocalDate.of(2024, 4, 1), null),
            new DataSharingAgreement("DSA-PILOT-2023", Set.of("housing-association"), CONTEXTS, Set.of("safeguarding"),
                    LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
            new DataSharingAgreement("DSA-FUTURE", Set.of("academy-trust"), CONTEXTS, Set.of("safeguarding"),
                    LocalDate.of(2026, 1, 1), null));

    public final TestDatabase.Target target;
    public final ContextDatabase governanceDb;
    /** The caller's context: its unit of work is the one a permitted access joins. */
    public final ContextDatabase callerDb;
    public final GovernanceContext context;
    public final CloseableDSLContext admin;

    private GovernanceFixture(TestDatabase.Target target) {
        this.target = target;
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        this.governanceDb = ContextDatabase.open(settings, "governance", 2);
        this.callerDb = ContextDatabase.open(settings, "social_care", 2);
        this.context = new GovernanceContext(governanceDb, AGREEMENTS, CLOCK);
        this.admin = DSL.using(target.jdbcUrl(), target.user(), target.password());
    }

    public static GovernanceFixture start(String purpose) {
        return new GovernanceFixture(TestDatabase.fresh(purpose));
    }

    public long count(String sql, Object... binds) {
        return admin.fetchOne(sql, binds).get(0, Long.class);
    }

    public Result<Record> rows(String sql, Object... binds) {
        return admin.fetch(sql, binds);
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
        callerDb.close();
        governanceDb.close();
    }
}
