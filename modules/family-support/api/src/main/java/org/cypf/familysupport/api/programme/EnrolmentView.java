package org.cypf.familysupport.api.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** An enrolment as its readers see it, with every session recorded, oldest first. */
public record EnrolmentView(UUID enrolmentId, String childId, String programme, LocalDate enrolledOn,
                            @Nullable String participant, @Nullable UUID episodeId, @Nullable Boolean freeSchoolMeals,
                            List<SessionAttendance> sessions, int sessionsAttended, long version) {
    public EnrolmentView {
        sessions = List.copyOf(sessions);
    }
}
