package org.cypf.familysupport.earlyhelp.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.EARLY_HELP_EPISODE;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.EARLY_HELP_GOAL;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.EARLY_HELP_HEADLINE;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.EARLY_HELP_REVIEW;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.EARLY_HELP_TEAM_MEMBER;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.earlyhelp.domain.SupportingFamiliesHeadline;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.familysupport.shared.adapter.out.persistence.jooq.tables.records.EarlyHelpEpisodeRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@code family_support.early_help_episode} with its headlines, goals, team and reviews. A change rewrites the
 * episode's rows below it in the same unit of work; lists and measures are filtered, counted and paged in SQL.
 */
public final class JooqEarlyHelpEpisodes implements EarlyHelpEpisodeRecords {
    private final ContextDatabase database;

    public JooqEarlyHelpEpisodes(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<EarlyHelpEpisode> find(UUID episodeId) {
        return database.transactionalDsl().selectFrom(EARLY_HELP_EPISODE)
                .where(EARLY_HELP_EPISODE.EPISODE_ID.eq(episodeId)).fetchOptional().map(this::episode);
    }

    @Override
    public Optional<EarlyHelpEpisode> openedFrom(UUID requestId) {
        return database.transactionalDsl().selectFrom(EARLY_HELP_EPISODE)
                .where(EARLY_HELP_EPISODE.REQUEST_ID.eq(requestId)).fetchOptional().map(this::episode);
    }

    @Override
    public void add(EarlyHelpEpisode e) {
        DSLContext dsl = database.transactionalDsl();
        // the episode's id and its request's are each unique; a request never held (a foreign key) stays the
        // database's error
        UniqueViolations.refusedAsConflict(() -> dsl.insertInto(EARLY_HELP_EPISODE)
                .set(EARLY_HELP_EPISODE.EPISODE_ID, e.id())
                .set(EARLY_HELP_EPISODE.CHILD_ID, e.childId().value())
                .set(EARLY_HELP_EPISODE.REQUEST_ID, e.requestId())
                .set(EARLY_HELP_EPISODE.OPENED_ON, e.openedOn())
                .set(EARLY_HELP_EPISODE.LEAD_PRACTITIONER, e.leadPractitioner())
                .set(EARLY_HELP_EPISODE.LEAD_ORGANISATION, e.leadOrganisation())
                .set(EARLY_HELP_EPISODE.VERSION, e.version())
                .execute(), "an early help episode is already open from this request for support, or held under "
                + "this id");
        writeBelow(dsl, e);
    }

    @Override
    public void update(EarlyHelpEpisode e, long expectedVersion) {
        DSLContext dsl = database.transactionalDsl();
        Boolean successful = e.successfulFamilyOutcome();
        int updated = dsl.update(EARLY_HELP_EPISODE)
                .set(EARLY_HELP_EPISODE.ASSESSED_ON, e.assessedOn())
                .set(EARLY_HELP_EPISODE.PLAN_AGREED_ON, e.planAgreedOn())
                .set(EARLY_HELP_EPISODE.STEPPED_UP_ON, e.steppedUpOn())
                .set(EARLY_HELP_EPISODE.STEP_UP_REASON, e.stepUpReason())
                .set(EARLY_HELP_EPISODE.CLOSED_ON, e.closedOn())
                .set(EARLY_HELP_EPISODE.CLOSURE_REASON, e.closureReason() == null ? null : e.closureReason().name())
                .set(EARLY_HELP_EPISODE.SUSTAINED_CHECKED_ON, e.sustainedCheckedOn())
                .set(EARLY_HELP_EPISODE.SUCCESSFUL_OUTCOME, successful)
                .set(EARLY_HELP_EPISODE.VERSION, e.version())
                .where(EARLY_HELP_EPISODE.EPISODE_ID.eq(e.id()).and(EARLY_HELP_EPISODE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the early help episode", expectedVersion);
        }
        dsl.deleteFrom(EARLY_HELP_GOAL).where(EARLY_HELP_GOAL.EPISODE_ID.eq(e.id())).execute();
        dsl.deleteFrom(EARLY_HELP_HEADLINE).where(EARLY_HELP_HEADLINE.EPISODE_ID.eq(e.id())).execute();
        dsl.deleteFrom(EARLY_HELP_TEAM_MEMBER).where(EARLY_HELP_TEAM_MEMBER.EPISODE_ID.eq(e.id())).execute();
        dsl.deleteFrom(EARLY_HELP_REVIEW).where(EARLY_HELP_REVIEW.EPISODE_ID.eq(e.id())).execute();
        writeBelow(dsl, e);
    }

    private static void writeBelow(DSLContext dsl, EarlyHelpEpisode e) {
        for (var h : e.headlines()) {
            dsl.insertInto(EARLY_HELP_HEADLINE)
                    .set(EARLY_HELP_HEADLINE.EPISODE_ID, e.id())
                    .set(EARLY_HELP_HEADLINE.HEADLINE, h.headline().name())
                    .set(EARLY_HELP_HEADLINE.NEED, h.need())
                    .set(EARLY_HELP_HEADLINE.OUTCOME, h.outcome() == null ? null : h.outcome().name())
                    .set(EARLY_HELP_HEADLINE.SUSTAINED, h.sustained())
                    .execute();
        }
        int i = 0;
        for (var g : e.goals()) {
            dsl.insertInto(EARLY_HELP_GOAL)
                    .set(EARLY_HELP_GOAL.EPISODE_ID, e.id())
                    .set(EARLY_HELP_GOAL.POSITION, i++)
                    .set(EARLY_HELP_GOAL.HEADLINE, g.headline().name())
                    .set(EARLY_HELP_GOAL.GOAL, g.goal())
                    .execute();
        }
        i = 0;
        for (var m : e.team()) {
            dsl.insertInto(EARLY_HELP_TEAM_MEMBER)
                    .set(EARLY_HELP_TEAM_MEMBER.EPISODE_ID, e.id())
                    .set(EARLY_HELP_TEAM_MEMBER.POSITION, i++)
                    .set(EARLY_HELP_TEAM_MEMBER.NAME, m.name())
                    .set(EARLY_HELP_TEAM_MEMBER.ORGANISATION, m.organisation())
                    .set(EARLY_HELP_TEAM_MEMBER.ROLE, m.role())
                    .set(EARLY_HELP_TEAM_MEMBER.JOINED_ON, m.joinedOn())
                    .execute();
        }
        i = 0;
        for (var r : e.reviews()) {
            dsl.insertInto(EARLY_HELP_REVIEW)
                    .set(EARLY_HELP_REVIEW.EPISODE_ID, e.id())
                    .set(EARLY_HELP_REVIEW.POSITION, i++)
                    .set(EARLY_HELP_REVIEW.HELD_ON, r.heldOn())
                    .set(EARLY_HELP_REVIEW.PROGRESS, r.progress())
                    .set(EARLY_HELP_REVIEW.NEXT_REVIEW_BY, r.nextReviewBy())
                    .execute();
        }
    }

    private static Condition selected(Selection s) {
        Condition c = DSL.trueCondition();
        if (s.open() != null) {
            c = c.and(s.open() ? EARLY_HELP_EPISODE.CLOSED_ON.isNull() : EARLY_HELP_EPISODE.CLOSED_ON.isNotNull());
        }
        if (s.leadPractitioner() != null) {
            c = c.and(EARLY_HELP_EPISODE.LEAD_PRACTITIONER.eq(s.leadPractitioner()));
        }
        return c;
    }

    @Override
    public Page<EarlyHelpEpisode> page(Selection selection, ListScope scope, Slice slice) {
        Condition which = selected(selection);
        if (!scope.wholePartnership()) {
            which = which.and(EARLY_HELP_EPISODE.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        var dsl = database.transactionalDsl();
        long total = dsl.fetchCount(EARLY_HELP_EPISODE, which);
        return new Page<>(dsl.selectFrom(EARLY_HELP_EPISODE).where(which)
                .orderBy(EARLY_HELP_EPISODE.OPENED_ON.desc(), EARLY_HELP_EPISODE.EPISODE_ID)
                .offset(slice.offset()).limit(slice.size()).fetch().map(this::episode), total);
    }

    @Override
    public Page<EarlyHelpEpisode> ofChild(org.cypf.kernel.identity.ChildId child, Slice slice) {
        Condition whose = EARLY_HELP_EPISODE.CHILD_ID.eq(child.value());
        var dsl = database.transactionalDsl();
        long total = dsl.fetchCount(EARLY_HELP_EPISODE, whose);
        return new Page<>(dsl.selectFrom(EARLY_HELP_EPISODE).where(whose)
                .orderBy(EARLY_HELP_EPISODE.OPENED_ON, EARLY_HELP_EPISODE.EPISODE_ID)
                .offset(slice.offset()).limit(slice.size()).fetch().map(this::episode), total);
    }

    @Override
    public long openOn(LocalDate asAt) {
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE, EARLY_HELP_EPISODE.OPENED_ON.le(asAt)
                .and(EARLY_HELP_EPISODE.CLOSED_ON.isNull().or(EARLY_HELP_EPISODE.CLOSED_ON.gt(asAt))));
    }

    @Override
    public long openedBetween(LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE, EARLY_HELP_EPISODE.OPENED_ON.between(from, to));
    }

    @Override
    public long steppedUpBetween(LocalDate from, LocalDate to) {
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE,
                EARLY_HELP_EPISODE.STEPPED_UP_ON.between(from, to));
    }

    @Override
    public long reReferredBetween(LocalDate from, LocalDate to) {
        var earlier = EARLY_HELP_EPISODE.as("earlier");
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE, EARLY_HELP_EPISODE.OPENED_ON.between(from, to)
                .andExists(DSL.selectOne().from(earlier).where(
                        earlier.CHILD_ID.eq(EARLY_HELP_EPISODE.CHILD_ID)
                                .and(earlier.EPISODE_ID.ne(EARLY_HELP_EPISODE.EPISODE_ID))
                                .and(earlier.CLOSED_ON.le(EARLY_HELP_EPISODE.OPENED_ON))
                                .and(DSL.condition("{0} > {1} - interval '12 months'", earlier.CLOSED_ON,
                                        EARLY_HELP_EPISODE.OPENED_ON)))));
    }

    @Override
    public long sustainedChecksBetween(LocalDate from, LocalDate to, boolean successfulOnly) {
        Condition c = EARLY_HELP_EPISODE.SUSTAINED_CHECKED_ON.between(from, to);
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE,
                successfulOnly ? c.and(EARLY_HELP_EPISODE.SUCCESSFUL_OUTCOME.isTrue()) : c);
    }

    @Override
    public long closedBetween(LocalDate from, LocalDate to, boolean allAchievedOnly) {
        Condition c = EARLY_HELP_EPISODE.CLOSED_ON.between(from, to);
        if (allAchievedOnly) {
            c = c.andExists(DSL.selectOne().from(EARLY_HELP_HEADLINE)
                            .where(EARLY_HELP_HEADLINE.EPISODE_ID.eq(EARLY_HELP_EPISODE.EPISODE_ID)))
                    .andNotExists(DSL.selectOne().from(EARLY_HELP_HEADLINE)
                            .where(EARLY_HELP_HEADLINE.EPISODE_ID.eq(EARLY_HELP_EPISODE.EPISODE_ID))
                            .and(EARLY_HELP_HEADLINE.OUTCOME.ne(EarlyHelpEpisode.Outcome.ACHIEVED.name())));
        }
        return database.transactionalDsl().fetchCount(EARLY_HELP_EPISODE, c);
    }

    @Override
    public long closedWithNeedUnder(SupportingFamiliesHeadline headline, LocalDate from, LocalDate to,
                                    boolean achievedOnly) {
        // one headline row an episode (its primary key), so a join counts each episode once
        Condition c = EARLY_HELP_EPISODE.CLOSED_ON.between(from, to)
                .and(EARLY_HELP_HEADLINE.HEADLINE.eq(headline.name()));
        if (achievedOnly) {
            c = c.and(EARLY_HELP_HEADLINE.OUTCOME.eq(EarlyHelpEpisode.Outcome.ACHIEVED.name()));
        }
        var dsl = database.transactionalDsl();
        return dsl.fetchCount(dsl.select(EARLY_HELP_EPISODE.EPISODE_ID).from(EARLY_HELP_EPISODE).join(EARLY_HELP_HEADLINE)
                .on(EARLY_HELP_HEADLINE.EPISODE_ID.eq(EARLY_HELP_EPISODE.EPISODE_ID)).where(c));
    }

    private EarlyHelpEpisode episode(EarlyHelpEpisodeRecord r) {
        DSLContext dsl = database.transactionalDsl();
        UUID id = r.getEpisodeId();
        var headlines = dsl.selectFrom(EARLY_HELP_HEADLINE).where(EARLY_HELP_HEADLINE.EPISODE_ID.eq(id)).fetch()
                .map(h -> new EarlyHelpEpisode.Headline(SupportingFamiliesHeadline.valueOf(h.getHeadline()), h.getNeed(),
                        h.getOutcome() == null ? null : EarlyHelpEpisode.Outcome.valueOf(h.getOutcome()),
                        h.getSustained()))
                .stream().sorted(Comparator.comparing(h -> h.headline().ordinal())).toList();
        var goals = dsl.selectFrom(EARLY_HELP_GOAL).where(EARLY_HELP_GOAL.EPISODE_ID.eq(id))
                .orderBy(EARLY_HELP_GOAL.POSITION).fetch()
                .map(g -> new EarlyHelpEpisode.Goal(SupportingFamiliesHeadline.valueOf(g.getHeadline()), g.getGoal()));
        var team = dsl.selectFrom(EARLY_HELP_TEAM_MEMBER).where(EARLY_HELP_TEAM_MEMBER.EPISODE_ID.eq(id))
                .orderBy(EARLY_HELP_TEAM_MEMBER.POSITION).fetch()
                .map(m -> new EarlyHelpEpisode.Member(m.getName(), m.getOrganisation(), m.getRole(), m.getJoinedOn()));
        var reviews = dsl.selectFrom(EARLY_HELP_REVIEW).where(EARLY_HELP_REVIEW.EPISODE_ID.eq(id))
                .orderBy(EARLY_HELP_REVIEW.POSITION).fetch()
                .map(v -> new EarlyHelpEpisode.Review(v.getHeldOn(), v.getProgress(), v.getNextReviewBy()));
        return EarlyHelpEpisode.rebuild(id, ChildId.of(r.getChildId()), r.getRequestId(), r.getOpenedOn(),
                r.getLeadPractitioner(), r.getLeadOrganisation(), r.getAssessedOn(), headlines, r.getPlanAgreedOn(),
                goals, team, reviews, r.getSteppedUpOn(), r.getStepUpReason(), r.getClosedOn(),
                r.getClosureReason() == null ? null : EarlyHelpEpisode.ClosureReason.valueOf(r.getClosureReason()),
                r.getSustainedCheckedOn(), r.getVersion());
    }
}
