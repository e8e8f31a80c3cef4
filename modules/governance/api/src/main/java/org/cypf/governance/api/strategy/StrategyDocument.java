package org.cypf.governance.api.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A partnership's strategy as data, in the shape of {@code docs/strategies/strategy.schema.json}: what the
 * partnership wants for its children (outcomes, priorities, obsessions), how it will know (measures with
 * baselines, targets, benchmarks and observations), how it will get there (programme, action plan) and who
 * holds it to account (boards). Identifiers are kebab-case and unique within their list; references name an item
 * of the same document. Lists may be null when a strategy has none.
 */
public record StrategyDocument(String id, String title, Partnership partnership, Period period, String vision,
                               List<String> obsessions, List<Principle> principles, List<Mnemonic> mnemonics,
                               List<Alignment> alignments, List<String> challenges, List<Outcome> outcomes,
                               List<Area> areas, List<Horizon> horizons, List<Priority> priorities,
                               List<Partner> partners, List<MeasureSpec> measures, Programme programme,
                               List<Action> actionPlan, List<Board> boards, Succession succession,
                               RatingScale ratingScale, List<Standard> standards, List<Link> links) {
    public StrategyDocument {
        obsessions = copy(obsessions);
        principles = copy(principles);
        mnemonics = copy(mnemonics);
        alignments = copy(alignments);
        challenges = copy(challenges);
        outcomes = copy(outcomes);
        areas = copy(areas);
        horizons = copy(horizons);
        priorities = copy(priorities);
        partners = copy(partners);
        measures = copy(measures);
        actionPlan = copy(actionPlan);
        boards = copy(boards);
        standards = copy(standards);
        links = copy(links);
    }

    public record Partnership(String name, String area) {}

    public record Period(LocalDate start, LocalDate end) {}

    public record Principle(String title, String statement) {}

    /** A set of principles whose letters spell a word, e.g. ROOM TO GROW or F.A.M.I.L.I.E.S. */
    public record Mnemonic(String name, List<Letter> letters) {
        public Mnemonic {
            letters = copy(letters);
        }
    }

    public record Letter(String letter, String word, String statement) {}

    /** A link to another plan the strategy serves, e.g. a council priority. */
    public record Alignment(String plan, String item, String statement) {}

    /** e.g. Safe, Healthy, Achieving, Nurtured, Involved, Prepared. */
    public record Outcome(String id, String name, String description, String parent) {}

    /** A service area, e.g. Family Support, or a priority area, e.g. SEND. */
    public record Area(String id, String name, String description, List<String> outcomes2030) {
        public Area {
            outcomes2030 = copy(outcomes2030);
        }
    }

    /** A span of the strategy's years, e.g. Survive (years 1-2), counted from the period's start. */
    public record Horizon(String id, String name, Integer fromYear, Integer toYear) {}

    public record Priority(String id, Integer number, String title, String description, List<String> outcomes,
                           List<String> areas, List<String> subOutcomes, String label) {
        public Priority {
            outcomes = copy(outcomes);
            areas = copy(areas);
            subOutcomes = copy(subOutcomes);
        }
    }

    /** A partner; {@code organisation} is the CYPF organisation whose users act for it (e.g. {@code nhs}). */
    public record Partner(String id, String name, String kind, String organisation) {}

    /** Where a measure's values come from: computed by a context (measure-source key) or submitted by a partner. */
    public record Source(String kind, String key, String partner) {}

    public record Observation(LocalDate asAt, LocalDate periodStart, String periodLabel, String breakdown,
                              BigDecimal value, Long numerator, Long denominator, String status, String source,
                              String note, String state) {}

    /**
     * A target: a {@code value} (or a {@code changePercent} on the baseline, or a {@code low}-{@code high} range) for a
     * {@code horizon}, a strategy {@code year} or a date ({@code by}).
     */
    public record Target(String horizon, LocalDate by, String breakdown, BigDecimal value, String note, Integer year,
                         BigDecimal changePercent, BigDecimal low, BigDecimal high) {}

    public record Benchmark(String comparator, String label, BigDecimal value, LocalDate asAt, String periodLabel,
                            Integer rank, Integer outOf, String note) {}

    public record MeasureSpec(String id, String title, String definition, String outcome, String area,
                              List<String> priorities, String unit, String polarity, String frequency, Source source,
                              Observation baseline, List<Target> targets, List<Benchmark> benchmarks,
                              List<Observation> observations, String owner, String trajectory, String partOf,
                              String rollUp, List<Commentary> commentary) {
        public MeasureSpec {
            priorities = copy(priorities);
            targets = copy(targets);
            benchmarks = copy(benchmarks);
            observations = copy(observations);
            commentary = copy(commentary);
        }
    }

    /**
     * The story behind a figure for one period: the owner's narrative, the rating the owner reports (a label of the
     * strategy's rating scale, or GREEN, AMBER or RED) and the actions taken.
     */
    public record Commentary(LocalDate asAt, String periodLabel, String narrative, String reportedRating,
                             List<String> actions, String author) {
        public Commentary {
            actions = copy(actions);
        }
    }

    /** The partnership's own rating scale: bands of shortfall against the target, best first. */
    public record RatingScale(String name, List<RatingBand> bands) {
        public RatingScale {
            bands = copy(bands);
        }
    }

    /**
     * One band: its {@code label} ("On course"), the colour it shows as and the largest shortfall it covers, as a
     * percentage of the target ({@code upToPercent}; negative means ahead of it). The last band has none.
     */
    public record RatingBand(String label, String rag, BigDecimal upToPercent) {}

    /** A national standard or framework item the strategy answers to, e.g. a National Service Framework standard. */
    public record Standard(String id, String name, String source) {}

    /** A many-to-many link between two items, each written {@code kind/id} (outcome, priority, project, standard, measure). */
    public record Link(String from, String to, String note) {}

    public record Programme(List<Project> projects, List<Benefit> benefits, List<Risk> risks,
                            List<Resource> resources) {
        public Programme {
            projects = copy(projects);
            benefits = copy(benefits);
            risks = copy(risks);
            resources = copy(resources);
        }
    }

    public record Project(String id, String kind, String title, String description, String seniorResponsibleOwner,
                          String status, List<String> priorities, List<String> dependsOn, List<Milestone> milestones) {
        public Project {
            priorities = copy(priorities);
            dependsOn = copy(dependsOn);
            milestones = copy(milestones);
        }
    }

    public record Milestone(String title, LocalDate due, String status) {}

    public record Benefit(String title, String description, List<String> measures, List<String> projects) {
        public Benefit {
            measures = copy(measures);
            projects = copy(projects);
        }
    }

    /** Likelihood and impact on a 1-5 scale; the score is their product. */
    public record Risk(String id, String title, String description, Integer likelihood, Integer impact, String owner,
                       List<String> mitigations, LocalDate reviewDate, List<String> projects) {
        public Risk {
            mitigations = copy(mitigations);
            projects = copy(projects);
        }
    }

    public record Resource(String title, String description, List<String> projects) {
        public Resource {
            projects = copy(projects);
        }
    }

    public record Action(String id, String title, List<String> priorities, String owner, String timescale,
                         LocalDate due, String status) {
        public Action {
            priorities = copy(priorities);
        }
    }

    public record Board(String id, String name, String description, String chair, Boolean statutory,
                        List<String> members, String reportsTo, List<Meeting> meetings) {
        public Board {
            members = copy(members);
            meetings = copy(meetings);
        }
    }

    public record Meeting(LocalDate date, List<String> decisions, List<MeetingAction> actions, List<String> agenda) {
        public Meeting {
            decisions = copy(decisions);
            actions = copy(actions);
            agenda = copy(agenda);
        }
    }

    /** An action of a meeting's action log; {@code status} OPEN (the default), DONE or DROPPED. */
    public record MeetingAction(String title, String owner, LocalDate due, String status) {}

    /** This strategy replaces {@code replaces} and records progress against each of its priorities. */
    public record Succession(String replaces, List<Progress> progress) {
        public Succession {
            progress = copy(progress);
        }
    }

    public record Progress(String priority, String summary, String status) {}

    /**
     * An unmodifiable copy that keeps what the client sent: a list left out stays null and an empty item stays in
     * its place, for the strategy's validation to name ({@code measures[2]}: must not be empty). List.copyOf would
     * refuse both before validation could say which field was wrong.
     */
    private static <T> List<T> copy(List<T> items) {
        return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
