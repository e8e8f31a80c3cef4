package org.cypf.governance.scorecard.adapter.out.memory;

import java.util.List;
import java.util.function.Supplier;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.governance.scorecard.port.MeasureCatalogueContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory catalogue passes the catalogue's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryMeasureCatalogueContractTest extends MeasureCatalogueContract {
    @Override
    protected MeasureCatalogue catalogueHolding(List<Measure> measures) {
        return new InMemoryMeasureCatalogue().hold(measures);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return new InMemoryUnitOfWork().inTransaction(work);
    }
}
