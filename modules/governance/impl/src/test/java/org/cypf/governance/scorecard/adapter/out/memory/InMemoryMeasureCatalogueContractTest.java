package org.cypf.governance.scorecard.adapter.out.memory;

import java.util.List;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.governance.scorecard.port.MeasureCatalogueContract;

/** The in-memory catalogue passes the catalogue's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryMeasureCatalogueContractTest extends MeasureCatalogueContract {
    @Override
    protected MeasureCatalogue catalogueHolding(List<Measure> measures) {
        return new InMemoryMeasureCatalogue().hold(measures);
    }
}
