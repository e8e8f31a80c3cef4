package org.cypf.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyDocument.MeasureSpec;
import org.cypf.governance.api.strategy.StrategyDocument.Observation;
import org.cypf.governance.api.strategy.StrategyDocument.Target;
import org.cypf.platform.json.JsonMapping;

/**
 * The seed strategies (docs/strategies) with ten years of monthly values for every measure partners submit. The
 * transcribed strategies state no targets, so each such measure is given one marked as synthetic, set so that the
 * latest value meets it, misses it narrowly or misses it widely in turn: the dashboard then shows every colour.
 * Measures the contexts compute (source COMPUTED) get no values here: the scorecard computes them from the records.
 */
final class SeedStrategies {
    static final int MONTHS = 120;
    static final String SOURCE = "synthetic (demo data, ADR 0090)";

    private SeedStrategies() {}

    /** The strategy files of a directory ({@code s*.yaml}), by name. */
    static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().matches("s\\d+.*\\.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed strategies in " + directory, e);
        }
    }

    static StrategyDocument read(Path file) {
        try {
            return JsonMapping.readYaml(file, StrategyDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed strategy " + file, e);
        }
    }

    /** The document with values and a synthetic target added to each submitted measure with a better direction. */
    static StrategyDocument withObservations(StrategyDocument d, Random random, LocalDate today) {
        if (d.measures() == null || d.measures().isEmpty()) {
            return d;
        }
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        List<MeasureSpec> measures = new ArrayList<>();
        int rated = 0;
        for (MeasureSpec m : d.measures()) {
            boolean computed = m.source() != null && "COMPUTED".equals(m.source().kind());
            boolean directed = "HIGHER_IS_BETTER".equals(m.polarity()) || "LOWER_IS_BETTER".equals(m.polarity());
            if (computed || !directed || m.unit() == null) {
                measures.add(m);
                continue;
            }
            measures.add(observed(m, rated++, random, lastMonthEnd, d.period().end()));
        }
        return copyWithMeasures(d, measures);
    }

    private static MeasureSpec observed(MeasureSpec m, int index, Random random, LocalDate lastMonthEnd,
                                        LocalDate periodEnd) {
        Set<LocalDate> taken = new HashSet<>();
        List<Observation> observations = new ArrayList<>(listOf(m.observations()));
        observations.forEach(o -> taken.add(o.asAt()));
        double level = start(m.unit(), random);
        double drift = level * (random.nextDouble() - 0.5) * 0.004;
        double value = level;
        for (int month = MONTHS - 1; month >= 0; month--) {
            LocalDate asAt = lastMonthEnd.minusMonths(month).with(TemporalAdjusters.lastDayOfMonth());
            value = Math.max(0, value + drift + level * random.nextGaussian() * 0.01);
            if (taken.add(asAt)) {
                observations.add(new Observation(asAt, asAt.withDayOfMonth(1), null, null, rounded(m.unit(), value),
                        null, null, null, SOURCE, null, null));
            }
        }
        List<Target> targets = new ArrayList<>(listOf(m.targets()));
        if (targets.isEmpty()) {
            // In turn: met (GREEN), missed by under 5 % (AMBER), missed widely (RED).
            double miss = switch (index % 3) {
                case 0 -> -0.10;
                case 1 -> 0.03;
                default -> 0.25;
            };
            boolean higher = "HIGHER_IS_BETTER".equals(m.polarity());
            double target = higher ? value * (1 + miss) : value * (1 - miss);
            if ("PERCENTAGE".equals(m.unit())) {
                target = Math.min(100, target);
            }
            LocalDate by = periodEnd == null || periodEnd.isBefore(lastMonthEnd) ? lastMonthEnd.plusYears(1) : periodEnd;
            targets.add(new Target(null, by, null, rounded(m.unit(), target), "synthetic target (demo data, ADR 0090)",
                    null, null, null, null));
        }
        return new MeasureSpec(m.id(), m.title(), m.definition(), m.outcome(), m.area(), m.priorities(), m.unit(),
                m.polarity(), m.frequency(), m.source(), m.baseline(), targets, m.benchmarks(), observations,
                m.owner(), m.trajectory(), m.partOf(), m.rollUp(), m.commentary());
    }

    private static double start(String unit, Random random) {
        return switch (unit) {
            case "PERCENTAGE" -> 30 + random.nextInt(50);
            case "COUNT" -> 50 + random.nextInt(900);
            default -> 20 + random.nextInt(200);
        };
    }

    private static BigDecimal rounded(String unit, double value) {
        double v = "PERCENTAGE".equals(unit) ? Math.min(100, value) : value;
        return "COUNT".equals(unit) ? BigDecimal.valueOf(Math.round(v))
                : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    /** How many values a document holds. */
    static long observations(StrategyDocument d) {
        return d.measures() == null ? 0 : d.measures().stream().mapToLong(m -> listOf(m.observations()).size()).sum();
    }

    /** A document's list as read: absent in the file is null. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static StrategyDocument copyWithMeasures(StrategyDocument d, List<MeasureSpec> measures) {
        return new StrategyDocument(d.id(), d.title(), d.partnership(), d.period(), d.vision(), d.obsessions(),
                d.principles(), d.mnemonics(), d.alignments(), d.challenges(), d.outcomes(), d.areas(), d.horizons(),
                d.priorities(), d.partners(), measures, d.programme(), d.actionPlan(), d.boards(), d.succession(),
                d.ratingScale(), d.standards(), d.links());
    }
}
