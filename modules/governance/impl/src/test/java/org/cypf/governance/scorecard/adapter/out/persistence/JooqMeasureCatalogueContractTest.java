package org.cypf.governance.scorecard.adapter.out.persistence;

import java.util.List;
import java.util.function.Supplier;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.governance.scorecard.port.MeasureCatalogueContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The jOOQ catalogue on a real PostgreSQL (governance's role) passes the catalogue's suite (ADR 0097); the suite's
 * measures are inserted beside those the migrations ship, as a partnership's own are.
 */
class JooqMeasureCatalogueContractTest extends MeasureCatalogueContract {
    private GovernanceFixture f;

    @AfterEach
    void stop() {
        f.close();
    }

    @Override
    protected MeasureCatalogue catalogueHolding(List<Measure> measures) {
        f = GovernanceFixture.start("measure catalogue contract");
        for (Measure m : measures) {
            f.admin.execute("""
                    insert into governance.measure (measure_id, title, unit, polarity, outcome, source, computed_by, definition)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", m.id(), m.title(), m.unit(), m.polarity(), m.outcome(),
                    m.isComputed() ? "COMPUTED" : "SUBMITTED", m.computedBy(), m.definition());
        }
        return new JooqMeasureCatalogue(f.governanceDb);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return f.governanceDb.inTransaction(work);
    }
}
