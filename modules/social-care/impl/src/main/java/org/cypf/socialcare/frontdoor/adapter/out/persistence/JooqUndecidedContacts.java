package org.cypf.socialcare.frontdoor.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CONTACT;

import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.platform.db.CountsByTeam;
import java.util.List;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.ContactDecision;
import org.cypf.socialcare.frontdoor.port.UndecidedContacts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Contacts in {@code social_care.contact} with no decision, by decision due day: {@code decided_at is null} is the
 * predicate of the partial index {@code contact_undecided (decision_due_on)}, so the queue reads the index in order.
 * The family members a contact names are not the queue's business and are not read.
 */
public final class JooqUndecidedContacts implements UndecidedContacts {
    private final ContextDatabase database;

    public JooqUndecidedContacts(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Contact> soonestDueFirst(ListScope scope, Slice slice) {
        Condition which = undecided(scope);
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(CONTACT, which);
        List<Contact> items = dsl.selectFrom(CONTACT).where(which)
                .orderBy(CONTACT.DECISION_DUE_ON, CONTACT.RECEIVED_AT, CONTACT.CONTACT_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(r -> Contact.rebuild(r.getContactId(), ChildId.of(r.getChildId()), r.getReceivedAt().toInstant(),
                        r.getReferralSource(), r.getReferrerName(), r.getReferrerOrganisation(), r.getWorry(),
                        List.of(), r.getDecision() == null ? null : ContactDecision.valueOf(r.getDecision()),
                        r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(), r.getDecidedBy(),
                        r.getDecisionNote(), r.getReferralId(), r.getVersion()));
        return new Page<>(items, total);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope,
            ChildTeams teams, java.time.LocalDate today) {
        return CountsByTeam.count(database.transactionalDsl(), CONTACT, CONTACT.CHILD_ID, undecided(scope),
                CONTACT.DECISION_DUE_ON, today,
                teams.children(), teams.teams()).stream()
                .map(c -> new TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    private static Condition undecided(ListScope scope) {
        Condition which = CONTACT.DECIDED_AT.isNull();
        // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
        return scope.wholePartnership() ? which : which.and(CONTACT.CHILD_ID.eq(DSL.any(scope.childIds())));
    }
}
