package org.cypf.educationskills.results.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Comparator;
import org.cypf.educationskills.api.results.EyfsProfileView;
import org.cypf.educationskills.api.results.Ks2ResultView;
import org.cypf.educationskills.api.results.Ks4ResultView;
import org.cypf.educationskills.api.results.PupilResultsView;
import org.cypf.educationskills.api.results.Results;
import org.cypf.educationskills.shared.application.PupilRecords;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.problem.Violations;
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

    @Override
    public PupilResultsView pupilResults(Caller caller, String upnText) {
        var v = new Violations();
        UniquePupilNumber upn = v.required("upn", upnText, UniquePupilNumber::parse);
        v.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            PupilRecords.authorised(pupils.find(List.of(upn)).get(upn), RecordChanges.Guard.of(
                    (Pupil pupil) -> access.authorise(caller, READING, pupil.childId()),
                    () -> access.authoriseMissing(caller, READING)), "no pupil with this UPN");
            List<UniquePupilNumber> one = List.of(upn);
            return new PupilResultsView(upn.value(),
                    records.eyfsOf(one).stream().sorted(Comparator.comparing(EyfsProfile::year).reversed())
                            .map(ResultsService::view).toList(),
                    records.ks2Of(one).stream().sorted(Comparator.comparing(Ks2Result::year).reversed())
                            .map(ResultsService::view).toList(),
                    records.ks4Of(one).stream().sorted(Comparator.comparing(Ks4Result::year).reversed())
                            .map(ResultsService::view).toList());
        });
    }

    private static final RecordIntent READING = new RecordIntent(RECORD, RecordAction.READ, "reading a pupil's results");

    static EyfsProfileView view(EyfsProfile p) {
        return new EyfsProfileView(p.year().toString(), p.urn(), p.disadvantaged(),
                p.expected().stream().sorted().map(Enum::name).toList(), p.goodLevelOfDevelopment());
    }

    static Ks2ResultView view(Ks2Result r) {
        return new Ks2ResultView(r.year().toString(), r.urn(), r.disadvantaged(), r.readingScore(), r.mathsScore(),
                r.writing().name(), r.expectedStandardRwm(), r.higherStandardRwm());
    }

    static Ks4ResultView view(Ks4Result r) {
        return new Ks4ResultView(r.year().toString(), r.urn(), r.disadvantaged(), r.attainment8(), r.progress8(),
                r.englishGrade(), r.mathsGrade(), r.englishAndMathsAtOrAbove(4), r.englishAndMathsAtOrAbove(5));
    }

    private static <R> String key(Kind<R> kind, R result) {
        return kind.upn().apply(result).value() + " " + kind.year().apply(result);
    }
}
