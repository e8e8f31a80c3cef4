package org.cypf.testing.contract;

import java.time.Clock;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.context.InMemoryMeasureSource;

/** The in-memory measure source passes the port's contract suite (ADR 0097), as the contexts' SQL measure sets do. */
class InMemoryMeasureSourceContractTest extends MeasureSourceContract {
    private final InMemoryMeasureSource source = new InMemoryMeasureSource("family-support", Clock.systemUTC())
            .count("family-support.early-help-episodes-open", "episodes of early help open on the date")
            .percentage("family-support.early-help-plans-reviewed-on-time", "plans reviewed within 12 weeks");

    @Override
    protected MeasureSource source() {
        return source;
    }

    @Override
    protected String context() {
        return "family-support";
    }

    @Override
    protected String keyMovedByOneFact() {
        return "family-support.early-help-plans-reviewed-on-time";
    }

    @Override
    protected void recordOneFact() {
        source.record(keyMovedByOneFact(), asAt().minusDays(3), true);
    }
}
