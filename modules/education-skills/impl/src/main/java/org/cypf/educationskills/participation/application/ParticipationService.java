package org.cypf.educationskills.participation.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.api.participation.Participation;
import org.cypf.educationskills.api.participation.ParticipationImported;
import org.cypf.educationskills.participation.domain.MonthlyActivity;
import org.cypf.educationskills.participation.port.ActivityReader;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Participation imports, in one unit of work each: the file read whole first, every young person authorised as a
 * CREATE of their participation record under the data-sharing agreement and audited (ADR 0044) before anything is
 * written; a young person's month already held is replaced when its code differs.
 */
public final class ParticipationService implements Participation {
    static final String RECORD = "post16-participation";

    private final UnitOfWork unitOfWork;
    private final ActivityReader reader;
    private final ActivityRecords records;
    private final Pupils pupils;
    private final ContextRecordAccess access;

    public ParticipationService(UnitOfWork unitOfWork, ActivityReader reader, ActivityRecords records, Pupils pupils,
                                ContextRecordAccess access) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.records = records;
        this.pupils = pupils;
        this.access = access;
    }

    @Override
    public ParticipationImported importActivities(Caller caller, String csv) {
        List<MonthlyActivity> read = reader.read(csv).stream().map(ActivityReader.Row::activity).toList();
        return unitOfWork.inTransaction(() -> {
            List<UniquePupilNumber> upns = read.stream().map(MonthlyActivity::upn).distinct().toList();
            Map<UniquePupilNumber, Pupil> known = pupils.find(upns);
            List<Pupil> firstSeen = upns.stream().filter(u -> !known.containsKey(u)).map(Pupil::firstSeen).toList();
            List<Pupil> all = new ArrayList<>(known.values());
            all.addAll(firstSeen);
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading young people's post-16 participation under the data-sharing agreement"),
                    all.stream().map(Pupil::childId).toList());
            firstSeen.forEach(pupils::add);
            Map<String, MonthlyActivity> held = new HashMap<>();
            records.of(upns).forEach(a -> held.put(a.upn().value() + " " + a.month(), a));
            int added = 0;
            int replaced = 0;
            List<MonthlyActivity> changed = new ArrayList<>();
            for (MonthlyActivity a : read) {
                MonthlyActivity before = held.get(a.upn().value() + " " + a.month());
                if (before == null) {
                    added++;
                    changed.add(a);
                } else if (!before.equals(a)) {
                    replaced++;
                    changed.add(a);
                }
            }
            records.put(changed);
            return new ParticipationImported(read.size(), firstSeen.size(), added, replaced,
                    read.size() - added - replaced);
        });
    }
}
