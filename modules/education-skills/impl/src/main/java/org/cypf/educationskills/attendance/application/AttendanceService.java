package org.cypf.educationskills.attendance.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.api.attendance.Attendance;
import org.cypf.educationskills.api.attendance.AttendanceImported;
import org.cypf.educationskills.api.attendance.PupilAttendancePage;
import org.cypf.educationskills.api.attendance.TermAttendanceView;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceReader;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.shared.application.PupilRecords;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Attendance's use cases, each in one unit of work. An import is a school's or the authority's data load under a
 * data-sharing agreement (ADR 0044): every pupil it touches is authorised as a CREATE of their attendance record
 * (decided by role and agreement, not by involvement) and audited one by one before anything is written (one refusal
 * refuses the file); a pupil seen for the first time is given their child id before that, so the audit names them too.
 * Reading one pupil's terms goes through the guard, so an unknown UPN is told only to a caller who could have seen it.
 */
public final class AttendanceService implements Attendance {
    private static final String RECORD = "pupil-attendance";

    private final UnitOfWork unitOfWork;
    private final AttendanceReader reader;
    private final AttendanceRecords records;
    private final Pupils pupils;
    private final ContextRecordAccess access;

    public AttendanceService(UnitOfWork unitOfWork, AttendanceReader reader, AttendanceRecords records, Pupils pupils,
                             ContextRecordAccess access) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.records = records;
        this.pupils = pupils;
        this.access = access;
    }

    @Override
    public AttendanceImported importAttendance(Caller caller, String csv) {
        List<AttendanceReader.Row> rows = reader.read(csv); // a refused file throws before anything is stored
        List<TermAttendance> terms = rows.stream().map(AttendanceReader.Row::term).toList();
        return unitOfWork.inTransaction(() -> {
            Set<Integer> unknown = records.unknownSettings(terms.stream().map(TermAttendance::urn).distinct().toList());
            if (!unknown.isEmpty()) {
                throw new InvalidInput(rows.stream().filter(r -> unknown.contains(r.term().urn())).limit(500)
                        .map(r -> new FieldViolation("rows[" + r.line() + "].URN",
                                "names no setting held: import the establishment register first")).toList());
            }
            List<UniquePupilNumber> upns = terms.stream().map(TermAttendance::upn).distinct().toList();
            Map<UniquePupilNumber, Pupil> known = pupils.find(upns);
            List<Pupil> firstSeen = upns.stream().filter(u -> !known.containsKey(u)).map(Pupil::firstSeen).toList();
            List<Pupil> all = new ArrayList<>(known.values());
            all.addAll(firstSeen);
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading pupils' attendance under the data-sharing agreement"), all.stream().map(Pupil::childId).toList());
            firstSeen.forEach(pupils::add);
            List<TermAttendance> held = records.ofPupils(upns);
            int added = 0;
            int replaced = 0;
            List<TermAttendance> changed = new ArrayList<>();
            for (TermAttendance t : terms) {
                var before = held.stream().filter(t::sameTerm).findFirst();
                if (before.isEmpty()) {
                    added++;
                    changed.add(t);
                } else if (!before.get().equals(t)) {
                    replaced++;
                    changed.add(t);
                }
            }
            records.put(changed);
            return new AttendanceImported(terms.size(), firstSeen.size(), added, replaced,
                    terms.size() - added - replaced);
        });
    }

    @Override
    public PupilAttendancePage pupilAttendance(Caller caller, String upnText, int page, int size) {
        var v = new Violations();
        UniquePupilNumber upn = v.required("upn", upnText, UniquePupilNumber::parse);
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            PupilRecords.authorised(pupils.find(List.of(upn)).get(upn), guarded(caller,
                    new RecordIntent(RECORD, RecordAction.READ, "reading a pupil's attendance"), Pupil::childId),
                    "no pupil with this UPN");
            List<TermAttendanceView> terms = records.ofPupil(upn, PupilRecords.offset(page, size), size).stream()
                    .map(AttendanceService::view).toList();
            return new PupilAttendancePage(terms, page, size, records.countOfPupil(upn));
        });
    }

    static TermAttendanceView view(TermAttendance t) {
        return new TermAttendanceView(t.upn().value(), t.year().toString(), t.term().name(), t.urn(),
                t.sessionsPossible(), t.sessionsMissed(), t.absenceRate(), t.isPersistentAbsence(),
                t.isSevereAbsence());
    }


    /** {@code intent} on the record found, or, for a UPN or id that names none, decided before saying so (ADR 0033). */
    private <A> RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent, Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }

}
