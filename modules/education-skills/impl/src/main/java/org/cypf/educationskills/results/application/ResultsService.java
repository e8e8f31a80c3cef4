package org.cypf.educationskills.results.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cypf.educationskills.api.results.Results;
import org.cypf.educationskills.api.results.ResultsImported;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.educationskills.results.port.ResultsReader;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Results imports, each in one unit of work: the file is read whole first (a refused file stores nothing), then every
 * school it names must be held, then every pupil is authorised as a CREATE of their results record under the
 * data-sharing agreement and audited one by one (ADR 0044; one refusal refuses the file), and only then is anything
 * written. A pupil's result for a year already held is replaced when it differs.
 */
public final class ResultsService implements Results {
    static final String RECORD = "pupil-results";

    private final UnitOfWork unitOfWork;
    private final ResultsReader reader;
    private final ResultRecords records;
    private final Pupils pupils;
    private final ContextRecordAccess access;

    public ResultsService(UnitOfWork unitOfWork, ResultsReader reader, ResultRecords records, Pupils pupils,
                          ContextRecordAccess access) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.records = records;
        this.pupils = pupils;
        this.access = access;
    }

    /** What the service needs to know of one kind of result. */
    private record Kind<R>(String what, Function<R, UniquePupilNumber> upn, Function<R, AcademicYear> year,
                           Function<R, Integer> urn, Function<List<UniquePupilNumber>, List<R>> held,
                           Consumer<List<R>> put) {}

    @Override
    public ResultsImported importEyfsProfiles(Caller caller, String csv) {
        return load(caller, reader.eyfs(csv), new Kind<>("EYFS profiles", EyfsProfile::upn, EyfsProfile::year,
                EyfsProfile::urn, records::eyfsOf, records::putEyfs));
    }

    @Override
    public ResultsImported importKs2Results(Caller caller, String csv) {
        return load(caller, reader.ks2(csv), new Kind<>("KS2 results", Ks2Result::upn, Ks2Result::year, Ks2Result::urn,
                records::ks2Of, records::putKs2));
    }

    @Override
    public ResultsImported importKs4Results(Caller caller, String csv) {
        return load(caller, reader.ks4(csv), new Kind<>("KS4 results", Ks4Result::upn, Ks4Result::year, Ks4Result::urn,
                records::ks4Of, records::putKs4));
    }

    private <R> ResultsImported load(Caller caller, List<ResultsReader.Row<R>> rows, Kind<R> kind) {
        List<R> read = rows.stream().map(ResultsReader.Row::result).toList();
        return unitOfWork.inTransaction(() -> {
            Set<Integer> unknown = records.unknownSettings(read.stream().map(kind.urn()).distinct().toList());
            if (!unknown.isEmpty()) {
                throw new InvalidInput(rows.stream().filter(r -> unknown.contains(kind.urn().apply(r.result())))
                        .limit(500).map(r -> new FieldViolation("rows[" + r.line() + "].URN",
                                "names no setting held: import the establishment register first")).toList());
            }
            List<UniquePupilNumber> upns = read.stream().map(kind.upn()).distinct().toList();
            Map<UniquePupilNumber, Pupil> known = pupils.find(upns);
            List<Pupil> firstSeen = upns.stream().filter(u -> !known.containsKey(u)).map(Pupil::firstSeen).toList();
            List<Pupil> all = new ArrayList<>(known.values());
            all.addAll(firstSeen);
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading pupils' " + kind.what() + " under the data-sharing agreement"),
                    all.stream().map(Pupil::childId).toList());
            firstSeen.forEach(pupils::add);
            Map<String, R> held = new HashMap<>();
            kind.held().apply(upns).forEach(r -> held.put(key(kind, r), r));
            int added = 0;
            int replaced = 0;
            List<R> changed = new ArrayList<>();
            for (R r : read) {
                R before = held.get(key(kind, r));
                if (before == null) {
                    added++;
                    changed.add(r);
                } else if (!before.equals(r)) {
                    replaced++;
                    changed.add(r);
                }
            }
            kind.put().accept(changed);
            return new ResultsImported(read.size(), firstSeen.size(), added, replaced, read.size() - added - replaced);
        });
    }

    private static <R> String key(Kind<R> kind, R result) {
        return kind.upn().apply(result).value() + " " + kind.year().apply(result);
    }
}
