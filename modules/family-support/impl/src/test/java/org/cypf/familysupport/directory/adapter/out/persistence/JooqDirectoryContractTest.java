package org.cypf.familysupport.directory.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.familysupport.directory.port.Directory;
import org.cypf.familysupport.directory.port.DirectoryContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The jOOQ directory on a real PostgreSQL (family support's role and schema) passes the store's suite. A fresh
 * database for each test: the directory's lists are of everything it holds.
 */
class JooqDirectoryContractTest extends DirectoryContract {
    private ContextDatabase familySupport;

    @BeforeEach
    void open() {
        var db = TestDatabase.fresh("directory contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 2);
    }

    @AfterEach
    void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected Directory directory() {
        return new JooqDirectory(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }
}
