package org.cypf.socialcare.familynetwork.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.FAMILY_NETWORK_MEETING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.FamilyNetworkMeetingRecord;
import org.jooq.impl.DSL;

/** Family network meetings in {@code social_care.family_network_meeting}. */
public final class JooqFamilyNetworkMeetings implements FamilyNetworkMeetingRecords {
    private final ContextDatabase database;

    public JooqFamilyNetworkMeetings(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<FamilyNetworkMeeting> find(UUID meetingId) {
        return database.transactionalDsl().selectFrom(FAMILY_NETWORK_MEETING)
                .where(FAMILY_NETWORK_MEETING.MEETING_ID.eq(meetingId)).fetchOptional(JooqFamilyNetworkMeetings::meeting);
    }

    @Override
    public org.cypf.kernel.page.Page<FamilyNetworkMeeting> forChild(ChildId child, org.cypf.kernel.page.Slice slice) {
        var dsl = database.transactionalDsl();
        var ofChild = FAMILY_NETWORK_MEETING.CHILD_ID.eq(child.value());
        return new org.cypf.kernel.page.Page<>(dsl.selectFrom(FAMILY_NETWORK_MEETING).where(ofChild)
                .orderBy(FAMILY_NETWORK_MEETING.HELD_ON, FAMILY_NETWORK_MEETING.MEETING_ID)
                .offset(slice.offset()).limit(slice.size()).fetch(JooqFamilyNetworkMeetings::meeting),
                dsl.fetchCount(FAMILY_NETWORK_MEETING, ofChild));
    }

    @Override
    public long countHeldBetween(LocalDate from, LocalDate to) {
        return database.transactionalDsl().select(DSL.count()).from(FAMILY_NETWORK_MEETING)
                .where(FAMILY_NETWORK_MEETING.HELD_ON.between(from, to)).fetchOne(0, Long.class);
    }

    @Override
    public void add(FamilyNetworkMeeting m) {
        database.transactionalDsl().insertInto(FAMILY_NETWORK_MEETING)
                .set(FAMILY_NETWORK_MEETING.MEETING_ID, m.id())
                .set(FAMILY_NETWORK_MEETING.CHILD_ID, m.childId().value())
                .set(FAMILY_NETWORK_MEETING.HELD_ON, m.heldOn())
                .set(FAMILY_NETWORK_MEETING.MEETING_TYPE, m.type().name())
                .set(FAMILY_NETWORK_MEETING.OUTCOME, m.outcome().name())
                .set(FAMILY_NETWORK_MEETING.VERSION, m.version())
                .execute();
    }

    @Override
    public void update(FamilyNetworkMeeting m, long expectedVersion) {
        int updated = database.transactionalDsl().update(FAMILY_NETWORK_MEETING)
                .set(FAMILY_NETWORK_MEETING.HELD_ON, m.heldOn())
                .set(FAMILY_NETWORK_MEETING.MEETING_TYPE, m.type().name())
                .set(FAMILY_NETWORK_MEETING.OUTCOME, m.outcome().name())
                .set(FAMILY_NETWORK_MEETING.VERSION, m.version())
                .where(FAMILY_NETWORK_MEETING.MEETING_ID.eq(m.id()).and(FAMILY_NETWORK_MEETING.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the family network meeting", expectedVersion);
        }
    }

    private static FamilyNetworkMeeting meeting(FamilyNetworkMeetingRecord r) {
        return FamilyNetworkMeeting.rebuild(r.getMeetingId(), ChildId.of(r.getChildId()), r.getHeldOn(),
                FamilyNetworkMeeting.Type.valueOf(r.getMeetingType()),
                FamilyNetworkMeeting.Outcome.valueOf(r.getOutcome()), r.getVersion());
    }
}
