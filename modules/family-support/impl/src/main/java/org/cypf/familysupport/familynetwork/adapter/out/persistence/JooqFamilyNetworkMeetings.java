package org.cypf.familysupport.familynetwork.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_NETWORK_ATTENDEE;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_NETWORK_MEETING;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.familysupport.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.familysupport.shared.adapter.out.persistence.jooq.tables.records.FamilyNetworkMeetingRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.jooq.DSLContext;

/** {@code family_support.family_network_meeting} and who attended ({@code family_network_attendee}). */
public final class JooqFamilyNetworkMeetings implements FamilyNetworkMeetingRecords {
    private final ContextDatabase database;

    public JooqFamilyNetworkMeetings(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<FamilyNetworkMeeting> find(UUID meetingId) {
        return database.transactionalDsl().selectFrom(FAMILY_NETWORK_MEETING)
                .where(FAMILY_NETWORK_MEETING.MEETING_ID.eq(meetingId)).fetchOptional().map(this::meeting);
    }

    @Override
    public void add(FamilyNetworkMeeting m) {
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(FAMILY_NETWORK_MEETING)
                .set(FAMILY_NETWORK_MEETING.MEETING_ID, m.id())
                .set(FAMILY_NETWORK_MEETING.CHILD_ID, m.childId().value())
                .set(FAMILY_NETWORK_MEETING.EPISODE_ID, m.episodeId())
                .set(FAMILY_NETWORK_MEETING.MEETING_TYPE, m.type().name())
                .set(FAMILY_NETWORK_MEETING.OFFERED_ON, m.offeredOn())
                .set(FAMILY_NETWORK_MEETING.VERSION, m.version())
                .execute(), "a family network meeting is held under this id already");
    }

    @Override
    public void update(FamilyNetworkMeeting m, long expectedVersion) {
        DSLContext dsl = database.transactionalDsl();
        int updated = dsl.update(FAMILY_NETWORK_MEETING)
                .set(FAMILY_NETWORK_MEETING.DECLINED_ON, m.declinedOn())
                .set(FAMILY_NETWORK_MEETING.HELD_ON, m.heldOn())
                .set(FAMILY_NETWORK_MEETING.FAMILY_PLAN, m.familyPlan())
                .set(FAMILY_NETWORK_MEETING.VERSION, m.version())
                .where(FAMILY_NETWORK_MEETING.MEETING_ID.eq(m.id()).and(FAMILY_NETWORK_MEETING.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the family network meeting", expectedVersion);
        }
        dsl.deleteFrom(FAMILY_NETWORK_ATTENDEE).where(FAMILY_NETWORK_ATTENDEE.MEETING_ID.eq(m.id())).execute();
        int i = 0;
        for (var a : m.attendees()) {
            dsl.insertInto(FAMILY_NETWORK_ATTENDEE)
                    .set(FAMILY_NETWORK_ATTENDEE.MEETING_ID, m.id())
                    .set(FAMILY_NETWORK_ATTENDEE.POSITION, i++)
                    .set(FAMILY_NETWORK_ATTENDEE.NAME, a.name())
                    .set(FAMILY_NETWORK_ATTENDEE.RELATIONSHIP, a.relationship())
                    .execute();
        }
    }

    @Override
    public List<FamilyNetworkMeeting> forEpisode(UUID episodeId, long offset, int size) {
        return database.transactionalDsl().selectFrom(FAMILY_NETWORK_MEETING)
                .where(FAMILY_NETWORK_MEETING.EPISODE_ID.eq(episodeId))
                .orderBy(FAMILY_NETWORK_MEETING.OFFERED_ON, FAMILY_NETWORK_MEETING.MEETING_ID)
                .offset(offset).limit(size).fetch().map(this::meeting);
    }

    @Override
    public long countForEpisode(UUID episodeId) {
        return database.transactionalDsl().fetchCount(FAMILY_NETWORK_MEETING,
                FAMILY_NETWORK_MEETING.EPISODE_ID.eq(episodeId));
    }

    @Override
    public List<FamilyNetworkMeeting> forChild(ChildId child, long offset, int size) {
        return database.transactionalDsl().selectFrom(FAMILY_NETWORK_MEETING)
                .where(FAMILY_NETWORK_MEETING.CHILD_ID.eq(child.value()))
                .orderBy(FAMILY_NETWORK_MEETING.OFFERED_ON, FAMILY_NETWORK_MEETING.MEETING_ID)
                .offset(offset).limit(size).fetch().map(this::meeting);
    }

    @Override
    public long countForChild(ChildId child) {
        return database.transactionalDsl().fetchCount(FAMILY_NETWORK_MEETING,
                FAMILY_NETWORK_MEETING.CHILD_ID.eq(child.value()));
    }

    private FamilyNetworkMeeting meeting(FamilyNetworkMeetingRecord r) {
        var attendees = database.transactionalDsl().selectFrom(FAMILY_NETWORK_ATTENDEE)
                .where(FAMILY_NETWORK_ATTENDEE.MEETING_ID.eq(r.getMeetingId())).orderBy(FAMILY_NETWORK_ATTENDEE.POSITION)
                .fetch().map(a -> new FamilyNetworkMeeting.Attendee(a.getName(), a.getRelationship()));
        return FamilyNetworkMeeting.rebuild(r.getMeetingId(), ChildId.of(r.getChildId()), r.getEpisodeId(),
                FamilyNetworkMeeting.Type.valueOf(r.getMeetingType()), r.getOfferedOn(), r.getDeclinedOn(),
                r.getHeldOn(), attendees, r.getFamilyPlan(), r.getVersion());
    }
}
