package org.cypf.governance.scorecard.adapter.out.persistence;

import static org.cypf.governance.shared.adapter.out.persistence.jooq.Tables.MEASURE;

import java.util.List;
import org.cypf.governance.scorecard.domain.Measure;
import org.cypf.governance.scorecard.port.MeasureCatalogue;
import org.cypf.platform.db.ContextDatabase;

/** {@code governance.measure}. */
public final class JooqMeasureCatalogue implements MeasureCatalogue {
    private final ContextDatabase database;

    public JooqMeasureCatalogue(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<Measure> all() {
        return database.transactionalDsl().selectFrom(MEASURE).orderBy(MEASURE.MEASURE_ID)
                .fetch(r -> new Measure(r.getMeasureId(), r.getTitle(), r.getUnit(), r.getPolarity(), r.getOutcome(),
                        r.getComputedBy(), r.getDefinition()));
    }
}
