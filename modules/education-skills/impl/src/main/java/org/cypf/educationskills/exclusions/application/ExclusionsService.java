package org.cypf.educationskills.exclusions.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.api.event.PupilSuspendedOrExcluded;
import org.cypf.educationskills.api.exclusions.ExclusionView;
import org.cypf.educationskills.api.exclusions.Exclusions;
import org.cypf.educationskills.api.exclusions.ExclusionsImported;
import org.cypf.educationskills.api.exclusions.PupilExclusionsPage;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionReasons;
import org.cypf.educationskills.exclusions.port.ExclusionReader;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.shared.application.PupilRecords;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Suspensions and exclusions' use cases, each in one unit of work. An import is a school's or the authority's data
 * load under a data-sharing agreement (ADR 0044): it authorises every pupil it touches as a CREATE of their exclusion
 * record (role and agreement, not involvement) and audits each before writing anything (one refusal refuses the
 * file), and publishes each exclusion it records for the
 * first time, in the same transaction: a refused or failed import publishes nothing.
 */
public final class ExclusionsService implements Exclusions {
    private static final String RECORD = "pupil-exclusion";

    private final UnitOfWork unitOfWork;
    private final ExclusionReader reader;
    private final ExclusionRecords records;
    private final Pupils pupils;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;

    public ExclusionsService(UnitOfWork unitOfWork, ExclusionReader reader, ExclusionRecords records, Pupils pupils,
                             ContextRecordAccess access, IntegrationEvents events) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.records = records;
        this.pupils = pupils;
        this.access = access;
        this.events = events;
    }

    @Override
    public ExclusionsImported importExclusions(Caller caller, String csv) {
        List<ExclusionReader.Row> rows = reader.read(csv); // a refused file throws before anything is stored
        List<Exclusion> read = rows.stream().map(ExclusionReader.Row::exclusion).toList();
        return unitOfWork.inTransaction(() -> {
            Set<Integer> unknown = records.unknownSettings(read.stream().map(Exclusion::urn).distinct().toList());
            if (!unknown.isEmpty()) {
                throw new InvalidInput(rows.stream().filter(r -> unknown.contains(r.exclusion().urn())).limit(500)
                        .map(r -> new FieldViolation("rows[" + r.line() + "].URN",
                                "names no setting held: import the establishment register first")).toList());
            }
            List<UniquePupilNumber> upns = read.stream().map(Exclusion::upn).distinct().toList();
            Map<UniquePupilNumber, Pupil> known = pupils.find(upns);
            List<Pupil> firstSeen = upns.stream().filter(u -> !known.containsKey(u)).map(Pupil::firstSeen).toList();
            List<Pupil> all = new ArrayList<>(known.values());
            all.addAll(firstSeen);
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading pupils' suspensions and exclusions under the data-sharing agreement"),
                    all.stream().map(Pupil::childId).toList());
            firstSeen.forEach(pupils::add);
            Map<UniquePupilNumber, Pupil> byUpn = new java.util.HashMap<>(known);
            firstSeen.forEach(p -> byUpn.put(p.upn(), p));
            List<Exclusion> held = records.ofPupils(upns);
            int added = 0;
            int replaced = 0;
            for (Exclusion e : read) {
                var before = held.stream().filter(e::sameExclusion).findFirst();
                if (before.isEmpty()) {
                    added++;
                    records.add(e);
                    events.publish(event(e, byUpn.get(e.upn())));
                } else if (!before.get().sameFacts(e)) {
                    replaced++;
                    records.replace(new Exclusion(before.get().exclusionId(), e.upn(), e.urn(), e.category(),
                            e.reason(), e.startDate(), e.sessions()));
                }
            }
            return new ExclusionsImported(read.size(), firstSeen.size(), added, replaced, read.size() - added - replaced);
        });
    }

    @Override
    public PupilExclusionsPage pupilExclusions(Caller caller, String upnText, int page, int size) {
        var v = new Violations();
        UniquePupilNumber upn = v.required("upn", upnText, UniquePupilNumber::parse);
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            PupilRecords.authorised(pupils.find(List.of(upn)).get(upn), guarded(caller,
                    new RecordIntent(RECORD, RecordAction.READ, "reading a pupil's suspensions and exclusions"),
                    Pupil::childId), "no pupil with this UPN");
            List<ExclusionView> list = records.ofPupil(upn, PupilRecords.offset(page, size), size).stream()
                    .map(ExclusionsService::view).toList();
            return new PupilExclusionsPage(list, page, size, records.countOfPupil(upn));
        });
    }

    static PupilSuspendedOrExcluded event(Exclusion e, Pupil pupil) {
        return new PupilSuspendedOrExcluded(e.exclusionId(), pupil.childId().toString(), e.upn().value(), e.urn(),
                e.category().name(), e.reason(), e.startDate(), e.sessions());
    }

    static ExclusionView view(Exclusion e) {
        return new ExclusionView(e.exclusionId().toString(), e.upn().value(), e.urn(), e.category().name(),
                e.reason(), ExclusionReasons.standard().label(e.reason()).orElse(e.reason()), e.startDate(),
                e.sessions());
    }

    /** {@code intent} on the record found, or, for a UPN or id that names none, decided before saying so (ADR 0033). */
    private <A> RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent, Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }

}
