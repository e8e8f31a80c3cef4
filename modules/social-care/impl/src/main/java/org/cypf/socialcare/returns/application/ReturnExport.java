package org.cypf.socialcare.returns.application;

import static org.cypf.socialcare.returns.domain.Ssda903File.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.domain.PermanenceJourney;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.Csv;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A collection year's SSDA903 files from the records, inside the export's unit of work. Which rows each file holds:
 * <ul>
 *   <li>episodes: every episode open on a day of the year (DECOM on or before 31 March, DEC on or after 1 April or
 *       blank); an episode still open at 31 March is written open (DEC and REC blank), as the DfE asks;</li>
 *   <li>reviews: those held in the year; missing: episodes open on a day of the year (MIS_END blank when the child
 *       was still missing at 31 March);</li>
 *   <li>OC3: the records made at a 17th to 21st birthday falling in the year;</li>
 *   <li>AD1: children whose care ended in the year with an adoption (REC E11, E12), with what is held (blank when
 *       nothing is); PlacedAdoption: children looked after in the year with a decision that they should be placed for
 *       adoption made by 31 March (DATE_PLACED_CEASED blank when that decision still stood then);</li>
 *   <li>PrevPerm: children who started to be looked after in the year (RNE S) with PrevPerm recorded;</li>
 *   <li>header: every child in any other file; UASC: those of them recorded as UASC (DUC: the date ceased, or the
 *       18th birthday for a child still an UASC);</li>
 *   <li>OC2: the header only: CYPF holds no OC2 data.</li>
 * </ul>
 * Rows are in the order of CHILD, then their dates, so the same records always give the same files.
 */
final class ReturnExport {
    static final List<String> NOTES = List.of(
            "oc2.csv has its header only: CYPF holds no OC2 data (SDQ, health checks, convictions, substance misuse)",
            "episodes open at 31 March are written with DEC and REC blank",
            "DUC of a child still an UASC is their 18th birthday",
            "social worker episodes (SW_ID, SW_DECOM, SW_DEC, SW_REASON) are not produced: CYPF does not hold them");

    private final LocalDate from;
    private final LocalDate to;
    private final Ports ports;

    ReturnExport(int year, Ports ports) {
        this.from = LocalDate.of(year, 4, 1);
        this.to = LocalDate.of(year + 1, 3, 31);
        this.ports = ports;
    }

    /** What the files will hold, read from the stores by {@link #read()}. */
    private List<PeriodOfCare> periods;
    private List<LookedAfterReview> reviews;
    private List<MissingEpisode> missing;
    private List<CareLeaver> leavers;
    private Map<UUID, Permanence> permanence;
    private Map<ChildId, Child> children;

    /** Reads what the year's files need; returns the children they will name. */
    Set<ChildId> read() {
        periods = ports.periods().overlapping(from, to);
        reviews = ports.reviews().heldBetween(from, to);
        missing = ports.missing().overlapping(from, to);
        permanence = ports.permanence().findAll(periods.stream().map(PeriodOfCare::id).toList());
        List<CareLeaver> withBirthdays = ports.careLeavers().withBirthdayRecords();
        Set<ChildId> ids = new java.util.HashSet<>();
        periods.forEach(p -> ids.add(p.childId()));
        reviews.forEach(r -> ids.add(r.childId()));
        missing.forEach(m -> ids.add(m.childId()));
        Map<ChildId, Child> leaverChildren = ports.children().findAll(withBirthdays.stream().map(CareLeaver::childId).toList());
        leavers = withBirthdays.stream().filter(c -> c.birthdays().stream()
                .anyMatch(b -> inYear(leaverChildren.get(c.childId()).dateOfBirth().plusYears(b.age())))).toList();
        leavers.forEach(c -> ids.add(c.childId()));
        children = ports.children().findAll(ids);
        return Set.copyOf(ids);
    }

    List<CsvFile> files() {
        Map<Ssda903File, List<List<String>>> rows = new EnumMap<>(Ssda903File.class);
        for (Ssda903File f : Ssda903File.values()) {
            rows.put(f, new ArrayList<>());
        }
        Map<String, Child> byRef = new TreeMap<>();
        children.values().forEach(c -> byRef.put(c.localChildId(), c));
        Map<ChildId, ChildHeaderDetails> details = ports.headers().findAll(children.keySet());
        Map<ChildId, UnaccompaniedAsylumSeeker> uasc = ports.uasc().findAll(children.keySet());
        for (Child c : byRef.values()) {
            ChildHeaderDetails d = details.getOrDefault(c.id(), ChildHeaderDetails.NONE);
            rows.get(Ssda903File.HEADER).add(List.of(c.localChildId(), c.sex(), date(c.dateOfBirth()), text(d.ethnicity()),
                    c.upn() == null ? "" : c.upn().value(), text(d.mother()), date(d.motherChildDob())));
            UnaccompaniedAsylumSeeker u = uasc.get(c.id());
            if (u != null) {
                rows.get(Ssda903File.UASC).add(List.of(c.localChildId(), c.sex(), date(c.dateOfBirth()),
                        date(u.returnedDateCeased(c))));
            }
        }
        List<PeriodOfCare> inOrder = periods.stream()
                .sorted(Comparator.comparing((PeriodOfCare p) -> children.get(p.childId()).localChildId())
                        .thenComparing(PeriodOfCare::startDate)).toList();
        for (PeriodOfCare p : inOrder) {
            Child c = children.get(p.childId());
            for (Episode e : p.episodes()) {
                if (e.startDate().isAfter(to) || (e.endDate() != null && e.endDate().isBefore(from))) {
                    continue;
                }
                boolean openAtYearEnd = e.endDate() == null || e.endDate().isAfter(to);
                rows.get(Ssda903File.EPISODES).add(List.of(c.localChildId(), date(e.startDate()),
                        e.reasonForNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placementType(),
                        e.placementProvider(), openAtYearEnd ? "" : date(e.endDate()),
                        openAtYearEnd ? "" : e.reasonCeased(), text(e.reasonPlaceChange()), text(e.homePostcode()),
                        text(e.placementPostcode()), text(e.placementUrn())));
            }
            Permanence perm = permanence.get(p.id());
            PermanenceJourney journey = PermanenceJourney.of(p);
            if (journey.adopted() != null && inYear(journey.adopted())) {
                Permanence.Adoption a = perm == null ? Permanence.Adoption.NONE : perm.adoption();
                rows.get(Ssda903File.AD1).add(List.of(c.localChildId(), date(c.dateOfBirth()), date(a.decisionDate()),
                        date(a.matchedDate()), a.adoptedByFosterCarer() == null ? "" : a.adoptedByFosterCarer() ? "1" : "0",
                        a.numberOfAdopters() == null ? "" : a.numberOfAdopters().toString(), text(a.sexOfAdopters()),
                        text(a.legalStatusOfAdopters())));
            }
            if (perm != null && perm.adoption().decisionDate() != null && !perm.adoption().decisionDate().isAfter(to)) {
                Permanence.Adoption a = perm.adoption();
                boolean ceasedInTime = a.decisionCeasedDate() != null && !a.decisionCeasedDate().isAfter(to);
                rows.get(Ssda903File.PLACED_ADOPTION).add(List.of(c.localChildId(), date(c.dateOfBirth()),
                        date(a.decisionDate()), ceasedInTime ? date(a.decisionCeasedDate()) : "",
                        ceasedInTime ? text(a.decisionCeasedReason()) : ""));
            }
            if (perm != null && perm.previous() != null && !p.beganBeforeTheRecordsHeld() && inYear(p.startDate())) {
                Permanence.PreviousPermanence prev = perm.previous();
                rows.get(Ssda903File.PREV_PERM).add(List.of(c.localChildId(), date(c.dateOfBirth()), prev.code(),
                        text(prev.authority()), date(prev.date())));
            }
        }
        reviews.stream().sorted(Comparator.comparing((LookedAfterReview r) -> children.get(r.childId()).localChildId())
                .thenComparing(LookedAfterReview::date)).forEach(r -> {
                    Child c = children.get(r.childId());
                    rows.get(Ssda903File.REVIEWS).add(List.of(c.localChildId(), date(c.dateOfBirth()), date(r.date()),
                            r.participation()));
                });
        missing.stream().sorted(Comparator.comparing((MissingEpisode m) -> children.get(m.childId()).localChildId())
                .thenComparing(MissingEpisode::startDate).thenComparing(MissingEpisode::kind)).forEach(m -> {
                    Child c = children.get(m.childId());
                    boolean back = m.endDate() != null && !m.endDate().isAfter(to);
                    rows.get(Ssda903File.MISSING).add(List.of(c.localChildId(), date(c.dateOfBirth()), m.kind(),
                            date(m.startDate()), back ? date(m.endDate()) : ""));
                });
        leavers.stream().sorted(Comparator.comparing((CareLeaver l) -> children.get(l.childId()).localChildId()))
                .forEach(l -> {
                    Child c = children.get(l.childId());
                    for (BirthdayContact b : l.birthdays()) {
                        if (inYear(c.dateOfBirth().plusYears(b.age()))) {
                            rows.get(Ssda903File.OC3).add(List.of(c.localChildId(), date(c.dateOfBirth()), b.inTouch(),
                                    text(b.activity()), text(b.accommodation())));
                        }
                    }
                });
        List<CsvFile> files = new ArrayList<>();
        rows.forEach((file, r) -> files.add(new CsvFile(file.fileName(), Csv.write(file.columns(), r))));
        return files;
    }

    private boolean inYear(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static String text(Object o) {
        if (o instanceof Postcode p) {
            return p.value();
        }
        return o == null ? "" : o.toString();
    }
}
