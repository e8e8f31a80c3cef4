package org.cypf.socialcare.shared.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;

/**
 * A fresh database for a contract suite of social care's jOOQ stores: the store under test runs as social care's
 * role, and the children its rows name (foreign keys) are inserted first, by the database's administrator, as social
 * care's child records would hold them. One fixture, so that every suite opens, seeds and closes its database alike.
 */
public final class SocialCareDatabase implements AutoCloseable {
    private final ContextDatabase socialCare;
    private final CloseableDSLContext admin;

    private SocialCareDatabase(ContextDatabase socialCare, CloseableDSLContext admin) {
        this.socialCare = socialCare;
        this.admin = admin;
    }

    public static SocialCareDatabase fresh(String name) {
        return fresh(name, 4);
    }

    /** With more connections than the usual four, for a suite whose stores write from several threads at once. */
    public static SocialCareDatabase fresh(String name, int connections) {
        var db = TestDatabase.fresh(name);
        return new SocialCareDatabase(ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(),
                db.password()), "social_care", connections), DSL.using(db.jdbcUrl(), db.user(), db.password()));
    }

    /** Social care's own database, for the store under test. */
    public ContextDatabase socialCare() {
        return socialCare;
    }

    /**
     * The database's administrator, for a suite that seeds rows no store of its own writes, or reads back what the
     * store under test wrote, in raw SQL.
     */
    public CloseableDSLContext admin() {
        return admin;
    }

    /** A child born on 1 May 1995, of sex code 2, local id {@code SC-} then the child's id. */
    public ChildId insertedChild() {
        return insertedChild("SC-", LocalDate.of(1995, 5, 1), "2");
    }

    /** A child of the given birth date and sex (the census's code), local id the prefix then the child's id. */
    public ChildId insertedChild(String localIdPrefix, LocalDate dateOfBirth, String sex) {
        ChildId child = ChildId.newId();
        insertChild(child, localIdPrefix + child.value(), dateOfBirth, sex);
        return child;
    }

    /** The child, under the local id a suite gives (one that reads the local id back). */
    public void insertChild(ChildId child, String localChildId, LocalDate dateOfBirth, String sex) {
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, ?, ?)",
                child.value(), localChildId, dateOfBirth, sex);
    }

    public <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    public void close() {
        socialCare.close();
        admin.close();
    }
}
