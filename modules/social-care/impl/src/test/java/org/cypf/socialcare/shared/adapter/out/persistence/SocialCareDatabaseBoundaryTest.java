package org.cypf.socialcare.shared.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.SocialCareFixture;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Social care's pool runs as {@code cypf_social_care}: PostgreSQL itself refuses a reach into another context. */
class SocialCareDatabaseBoundaryTest {
    private static SocialCareFixture f;
    private static ContextDatabase db;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("social care boundary", 20_000);
        db = f.socialCareDb;
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String refusal(String sql) {
        var e = assertThrows(DataAccessException.class, () -> db.inTransaction(() -> db.transactionalDsl().fetch(sql)));
        return e.getMessage();
    }

    @Test
    void runs_as_its_own_role_on_its_own_schema() {
        var row = db.inTransaction(() -> db.transactionalDsl().fetchOne("select current_user, current_schema()"));
        assertEquals("cypf_social_care", row.get(0, String.class));
        assertEquals("social_care", row.get(1, String.class));
        assertEquals(0, db.inTransaction(() -> db.transactionalDsl().fetch("select * from child").size()),
                "unqualified names are social care's own");
    }

    @Test
    void may_not_select_from_education_and_skills_tables() {
        String message = refusal("select * from education_skills.virtual_school_child");
        assertTrue(message.contains("permission denied"), message);
    }

    @Test
    void may_only_append_to_the_access_audit_never_read_it() {
        String message = refusal("select * from governance.child_record_access");
        assertTrue(message.contains("permission denied"), message);
        assertTrue(refusal("select * from governance.measure").contains("permission denied"));
        assertTrue(refusal("select * from platform.outbox").contains("permission denied"));
    }
}
