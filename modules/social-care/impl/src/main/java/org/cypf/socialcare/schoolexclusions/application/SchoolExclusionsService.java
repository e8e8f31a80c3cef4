package org.cypf.socialcare.schoolexclusions.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.Recipient;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecords;

/**
 * Puts a school's suspension or exclusion on the record of the child social care knows by the pupil's UPN, in one
 * unit of work with its access audit, and raises the alert for the allocated worker when the child had a social
 * worker or was looked after then, notifying the allocated worker through the notifications port (ADR 0102). A pupil
 * social care does not know changes nothing and reads no child's record.
 */
public final class SchoolExclusionsService {
    private static final String RECORD = "school-exclusion";
    /** The template of the alert: where the child's record is, when the suspension starts, its kind and length. */
    public static final String ALERT_TEMPLATE = "social-care.suspension-of-child-known-to-social-care";

    private final UnitOfWork unitOfWork;
    private final SchoolExclusionRecords records;
    private final ContextRecordAccess access;
    private final Notifications notifications;

    public SchoolExclusionsService(UnitOfWork unitOfWork, SchoolExclusionRecords records, ContextRecordAccess access,
                                   Notifications notifications) {
        this.unitOfWork = unitOfWork;
        this.records = records;
        this.access = access;
        this.notifications = notifications;
    }

    /** The exclusion as recorded, or empty when social care does not know the pupil. */
    public Optional<SchoolExclusion> record(Caller caller, UUID exclusionId, String upn, int urn, String category,
                                            String reason, LocalDate startDate, Integer sessions) {
        return unitOfWork.inTransaction(() -> records.childWithUpn(upn).map(child -> {
            access.authorise(caller, new RecordIntent(RECORD, RecordAction.UPDATE,
                    "a school's suspension or exclusion on the child's record"), child);
            var exclusion = new SchoolExclusion(exclusionId, child, urn, category, reason, startDate, sessions,
                    records.hadSocialWorkerOrWasLookedAfter(child, startDate));
            records.add(exclusion);
            if (exclusion.alertRaised()) {
                // Inside the unit of work: a notification the service refuses rolls the record back for a retry.
                // The message says where the record is, not who the child is (no name, no date of birth).
                notifications.send(new Notification(ALERT_TEMPLATE, Recipient.allocatedWorkerOf(child), Map.of(
                        "child_record", "/children/" + child.value(), "start_date", startDate.toString(),
                        "category", category, "sessions", sessions == null ? "" : sessions.toString()),
                        exclusionId.toString()));
            }
            return exclusion;
        }));
    }
}
