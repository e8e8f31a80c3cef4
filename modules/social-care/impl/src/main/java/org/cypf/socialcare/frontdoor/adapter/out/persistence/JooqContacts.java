package org.cypf.socialcare.frontdoor.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CONTACT;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CONTACT_FAMILY_MEMBER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.ContactDecision;
import org.cypf.socialcare.frontdoor.domain.FamilyMember;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ContactFamilyMemberRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ContactRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Contacts in {@code social_care.contact} and the family members they name in {@code contact_family_member}. The
 * day received, the decision's due day and the day decided are stored beside the instants (as the domain computes
 * them), so the breach list and the measures can select by day in SQL.
 */
public final class JooqContacts implements Contacts {

    private final ContextDatabase database;

    public JooqContacts(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Contact> find(UUID contactId) {
        return load(CONTACT.CONTACT_ID.eq(contactId)).stream().findFirst();
    }

    /**
     * @throws Conflict when a contact is stored under its id already (a resubmitted form, or the same one twice at
     *                  once: the primary key holds the second until the first commits)
     */
    @Override
    public void add(Contact contact) {
        DSLContext dsl = database.transactionalDsl();
        // a child not known to social care (a foreign key) stays the database's error: a fault of the caller
        UniqueViolations.refusedAsConflict(() -> dsl.insertInto(CONTACT)
                .set(CONTACT.CONTACT_ID, contact.id())
                .set(CONTACT.CHILD_ID, contact.childId().value())
                .set(CONTACT.RECEIVED_AT, time(contact.receivedAt()))
                .set(CONTACT.RECEIVED_ON, contact.receivedOn())
                .set(CONTACT.DECISION_DUE_ON, contact.decisionDueOn())
                .set(CONTACT.REFERRAL_SOURCE, contact.source())
                .set(CONTACT.REFERRER_NAME, contact.referrerName())
                .set(CONTACT.REFERRER_ORGANISATION, contact.referrerOrganisation())
                .set(CONTACT.WORRY, contact.worry())
                .set(CONTACT.VERSION, contact.version())
                .execute(), "a contact is recorded under this id already");
        List<FamilyMember> members = contact.familyMembers();
        for (int i = 0; i < members.size(); i++) {
            dsl.insertInto(CONTACT_FAMILY_MEMBER)
                    .set(CONTACT_FAMILY_MEMBER.CONTACT_ID, contact.id())
                    .set(CONTACT_FAMILY_MEMBER.POSITION, i)
                    .set(CONTACT_FAMILY_MEMBER.NAME, members.get(i).name())
                    .set(CONTACT_FAMILY_MEMBER.RELATIONSHIP, members.get(i).relationship())
                    .execute();
        }
    }

    @Override
    public void update(Contact changed, long expectedVersion) {
        int updated = database.transactionalDsl().update(CONTACT)
                .set(CONTACT.DECISION, changed.decision() == null ? null : changed.decision().name())
                .set(CONTACT.DECIDED_AT, time(changed.decidedAt()))
                .set(CONTACT.DECIDED_ON, changed.decidedOn().orElse(null))
                .set(CONTACT.DECIDED_BY, changed.decidedBy())
                .set(CONTACT.DECISION_NOTE, changed.decisionNote())
                .set(CONTACT.REFERRAL_ID, changed.referralId())
                .set(CONTACT.VERSION, changed.version())
                .where(CONTACT.CONTACT_ID.eq(changed.id()).and(CONTACT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the contact", expectedVersion);
        }
    }

    @Override
    public Page<Contact> ofChild(org.cypf.kernel.identity.ChildId child, Slice slice) {
        Condition whose = CONTACT.CHILD_ID.eq(child.value());
        DSLContext dsl = database.transactionalDsl();
        return new Page<>(rebuild(dsl, dsl.selectFrom(CONTACT).where(whose)
                .orderBy(CONTACT.RECEIVED_AT, CONTACT.CONTACT_ID)
                .limit(slice.size()).offset(slice.offset()).fetch()), dsl.fetchCount(CONTACT, whose));
    }

    @Override
    public List<Contact> receivedBetween(LocalDate from, LocalDate to) {
        return load(CONTACT.RECEIVED_ON.between(from, to));
    }

    @Override
    public List<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince) {
        return load(inBreach(date, decidedLateSince));
    }

    @Override
    public Page<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince, ListScope scope, Slice slice) {
        Condition which = inBreach(date, decidedLateSince);
        if (!scope.wholePartnership()) {
            which = which.and(CONTACT.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(CONTACT, which);
        return new Page<>(rebuild(dsl, dsl.selectFrom(CONTACT).where(which)
                .orderBy(CONTACT.DECISION_DUE_ON, CONTACT.RECEIVED_AT, CONTACT.CONTACT_ID)
                .limit(slice.size()).offset(slice.offset()).fetch()), total);
    }

    /** Contact.breachAt in SQL: received by the date and decided late since the lookback, or still undecided and due. */
    private static Condition inBreach(LocalDate date, LocalDate decidedLateSince) {
        Condition decidedLate = CONTACT.DECIDED_ON.between(decidedLateSince, date)
                .and(CONTACT.DECIDED_ON.gt(CONTACT.DECISION_DUE_ON));
        Condition undecidedAndDue = CONTACT.DECIDED_ON.isNull().or(CONTACT.DECIDED_ON.gt(date))
                .and(CONTACT.DECISION_DUE_ON.le(date));
        return CONTACT.RECEIVED_ON.le(date).and(decidedLate.or(undecidedAndDue));
    }

    private List<Contact> load(Condition which) {
        DSLContext dsl = database.transactionalDsl();
        return rebuild(dsl, dsl.selectFrom(CONTACT).where(which)
                .orderBy(CONTACT.RECEIVED_AT, CONTACT.CONTACT_ID).fetch());
    }

    private static List<Contact> rebuild(DSLContext dsl, List<ContactRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FamilyMember>> members = dsl.selectFrom(CONTACT_FAMILY_MEMBER)
                .where(CONTACT_FAMILY_MEMBER.CONTACT_ID.eq(DSL.any(rows.stream().map(ContactRecord::getContactId).toArray(UUID[]::new))))
                .orderBy(CONTACT_FAMILY_MEMBER.CONTACT_ID, CONTACT_FAMILY_MEMBER.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(ContactFamilyMemberRecord::getContactId, Collectors.mapping(
                        m -> new FamilyMember(m.getName(), m.getRelationship()), Collectors.toList())));
        return rows.stream().map(r -> Contact.rebuild(r.getContactId(), ChildId.of(r.getChildId()),
                r.getReceivedAt().toInstant(), r.getReferralSource(), r.getReferrerName(), r.getReferrerOrganisation(),
                r.getWorry(), members.getOrDefault(r.getContactId(), List.of()),
                r.getDecision() == null ? null : ContactDecision.valueOf(r.getDecision()),
                r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(), r.getDecidedBy(), r.getDecisionNote(),
                r.getReferralId(), r.getVersion())).toList();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
