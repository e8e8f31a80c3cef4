package org.cypf.socialcare.protection.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_ENQUIRY;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.STRATEGY_DISCUSSION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ChildProtectionEnquiryRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.StrategyDiscussionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Child protection enquiries in {@code social_care.child_protection_enquiry} and their strategy discussions in
 * {@code strategy_discussion}. The conference's due date is stored as the domain computes it (CIN census
 * InitialCPCtarget).
 */
public final class JooqChildProtectionEnquiries implements ChildProtectionEnquiries {
    private final ContextDatabase database;

    public JooqChildProtectionEnquiries(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ChildProtectionEnquiry> find(UUID enquiryId) {
        return load(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID.eq(enquiryId)).stream().findFirst();
    }

    @Override
    public Optional<ChildProtectionEnquiry> forReferral(UUID referralId) {
        return load(CHILD_PROTECTION_ENQUIRY.REFERRAL_ID.eq(referralId)).stream().findFirst();
    }

    @Override
    public void add(ChildProtectionEnquiry enquiry) {
        DSLContext dsl = database.transactionalDsl();
        int inserted = dsl.insertInto(CHILD_PROTECTION_ENQUIRY)
                .set(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID, enquiry.id())
                .set(CHILD_PROTECTION_ENQUIRY.CHILD_ID, enquiry.childId().value())
                .set(CHILD_PROTECTION_ENQUIRY.REFERRAL_ID, enquiry.referralId())
                .set(CHILD_PROTECTION_ENQUIRY.S47_START_DATE, enquiry.section47StartDate())
                .set(CHILD_PROTECTION_ENQUIRY.S47_OUTCOME, name(enquiry.section47Outcome()))
                .set(CHILD_PROTECTION_ENQUIRY.S47_OUTCOME_DATE, enquiry.section47OutcomeDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_DUE_DATE, enquiry.conferenceDueDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_DATE, enquiry.conferenceDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_OUTCOME, name(enquiry.conferenceOutcome()))
                .set(CHILD_PROTECTION_ENQUIRY.VERSION, enquiry.version())
                .onConflict(CHILD_PROTECTION_ENQUIRY.REFERRAL_ID).doNothing()
                .execute();
        if (inserted != 1) {
            // Another unit of work opened this referral's enquiry first (the unique index waited for it to commit).
            throw new Conflict(ENQUIRY_ALREADY_OPEN);
        }
        saveDiscussions(dsl, enquiry);
    }

    @Override
    public void update(ChildProtectionEnquiry changed, long expectedVersion) {
        DSLContext dsl = database.transactionalDsl();
        int updated = dsl.update(CHILD_PROTECTION_ENQUIRY)
                .set(CHILD_PROTECTION_ENQUIRY.S47_START_DATE, changed.section47StartDate())
                .set(CHILD_PROTECTION_ENQUIRY.S47_OUTCOME, name(changed.section47Outcome()))
                .set(CHILD_PROTECTION_ENQUIRY.S47_OUTCOME_DATE, changed.section47OutcomeDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_DUE_DATE, changed.conferenceDueDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_DATE, changed.conferenceDate())
                .set(CHILD_PROTECTION_ENQUIRY.ICPC_OUTCOME, name(changed.conferenceOutcome()))
                .set(CHILD_PROTECTION_ENQUIRY.VERSION, changed.version())
                .where(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID.eq(changed.id())
                        .and(CHILD_PROTECTION_ENQUIRY.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the child protection enquiry", expectedVersion);
        }
        saveDiscussions(dsl, changed);
    }

    @Override
    public List<ChildProtectionEnquiry> conferencesHeldBetween(LocalDate from, LocalDate to) {
        return load(CHILD_PROTECTION_ENQUIRY.ICPC_DATE.between(from, to));
    }

    private static void saveDiscussions(DSLContext dsl, ChildProtectionEnquiry enquiry) {
        for (LocalDate date : enquiry.strategyDiscussions()) {
            dsl.insertInto(STRATEGY_DISCUSSION)
                    .set(STRATEGY_DISCUSSION.ENQUIRY_ID, enquiry.id())
                    .set(STRATEGY_DISCUSSION.DISCUSSION_DATE, date)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    private List<ChildProtectionEnquiry> load(Condition which) {
        DSLContext dsl = database.transactionalDsl();
        List<ChildProtectionEnquiryRecord> rows = dsl.selectFrom(CHILD_PROTECTION_ENQUIRY).where(which)
                .orderBy(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LocalDate>> discussions = dsl.selectFrom(STRATEGY_DISCUSSION)
                .where(STRATEGY_DISCUSSION.ENQUIRY_ID.eq(DSL.any(rows.stream().map(ChildProtectionEnquiryRecord::getEnquiryId).toArray(UUID[]::new))))
                .orderBy(STRATEGY_DISCUSSION.DISCUSSION_DATE)
                .fetch().stream()
                .collect(Collectors.groupingBy(StrategyDiscussionRecord::getEnquiryId,
                        Collectors.mapping(StrategyDiscussionRecord::getDiscussionDate, Collectors.toList())));
        return rows.stream().map(r -> ChildProtectionEnquiry.rebuild(r.getEnquiryId(), ChildId.of(r.getChildId()),
                r.getReferralId(), discussions.get(r.getEnquiryId()), r.getS47StartDate(),
                r.getS47Outcome() == null ? null : Section47Outcome.valueOf(r.getS47Outcome()), r.getS47OutcomeDate(),
                r.getIcpcDate(), r.getIcpcOutcome() == null ? null : ConferenceOutcome.valueOf(r.getIcpcOutcome()),
                r.getVersion())).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
