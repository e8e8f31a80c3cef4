package org.cypf.governance.scorecard.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.cypf.governance.scorecard.domain.Measure;
import org.junit.jupiter.api.Test;

/**
 * What every catalogue of strategic measures must do (ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL (where
 * the migrations ship measures of their own beside the suite's); an integrator's catalogue runs it too.
 *
 * <p>The promises: every measure held is read, whole (a submitted measure with no measure-source key, a computed one
 * with its key), in the order of their ids, each once.
 */
public abstract class MeasureCatalogueContract {
    protected static final Measure COMPUTED = new Measure("ZZ-CONTRACT-CLA", "Children looked after (contract)", "COUNT",
            "NEITHER", "Safe", "social-care.children-looked-after", "Children looked after on the date.");
    protected static final Measure SUBMITTED = new Measure("ZZ-CONTRACT-EHCP", "EHC plans issued in 20 weeks (contract)",
            "PERCENTAGE", "HIGHER_IS_BETTER", null, null, "Plans issued within 20 weeks of the request.");
    protected static final Measure FIRST = new Measure("AA-CONTRACT-SCORE", "Participation score (contract)", "SCORE",
            "LOWER_IS_BETTER", "Involved", null, "A score.");

    /** The catalogue, holding (at least) {@code measures}, stored as the catalogue's own store keeps them. */
    protected abstract MeasureCatalogue catalogueHolding(List<Measure> measures);

    /** Runs {@code work} in a unit of work, as the scorecard's use cases read the catalogue. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    @Test
    public void every_measure_is_read_whole_in_the_order_of_their_ids_each_once() {
        MeasureCatalogue catalogue = catalogueHolding(List.of(SUBMITTED, COMPUTED, FIRST));
        List<Measure> all = inUnitOfWork(catalogue::all);
        List<Measure> ours = all.stream().filter(m -> m.id().contains("-CONTRACT-")).toList();
        assertEquals(List.of(FIRST, COMPUTED, SUBMITTED), ours);
        assertEquals(all.stream().sorted(Comparator.comparing(Measure::id)).toList(), all, "in the order of their ids");
        assertEquals(all.size(), all.stream().map(Measure::id).distinct().count(), "each once");
        assertTrue(ours.get(1).isComputed() && !ours.get(2).isComputed());
    }
}
