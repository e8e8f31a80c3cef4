package org.cypf.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;

/**
 * A context's measure source as governance sees it: fixed answers by key, and a record of what it was asked.
 * Governance never names a context; the keys are the ones its migration binds CLA-COUNT and CLA-RATE to.
 */
public final class FakeMeasureSource implements MeasureSource {
    public static final String CLA_COUNT_KEY = "social-care.children-looked-after";
    public static final String CLA_RATE_KEY = "social-care.children-looked-after-rate";
    public static final Provenance PROVENANCE = new Provenance("social-care", "SSDA903 counting rule",
            Instant.parse("2025-06-30T11:00:00Z"));

    /** What a social-care source might answer: 431 children, 64.3 per 10,000 of 67,000. */
    public static FakeMeasureSource socialCare() {
        return new FakeMeasureSource(Map.of(
                CLA_COUNT_KEY, new Answer(new BigDecimal("431"), null, null),
                CLA_RATE_KEY, new Answer(new BigDecimal("64.3"), 431L, 67_000L)));
    }

    public record Answer(BigDecimal value, Long numerator, Long denominator) {}

    public record Asked(String key, LocalDate asAt) {}

    private final Map<String, Answer> answers;
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    public FakeMeasureSource(Map<String, Answer> answers) {
        this.answers = Map.copyOf(answers);
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Set<String> measureKeys() {
        return answers.keySet();
    }

    @Override
    public MeasureValue compute(String measureKey, LocalDate asAt) {
        asked.add(new Asked(measureKey, asAt));
        Answer a = answers.get(measureKey);
        return new MeasureValue(measureKey, asAt, a.value(), a.numerator(), a.denominator(), PROVENANCE);
    }
}
