package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
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
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.PlacementType;

/**
 * A collection year's SSDA903 files from the records, inside the export's unit of work. Which rows each file holds:
 * <ul>
 *   <li>episodes: every episode open on a day of the year (DECOM on or before 31 March, DEC on or after 1 April or
 *       blank); an episode still open at 31 March is written open (DEC and REC blank), as the DfE asks;</li>
 *   <li>reviews: those held in the year; missing: episodes open on a day of the year (MIS_END blank when the child
 *       was still missing at 31 March);</li>
 *   <li>OC3: the records made at a 17th to 21st birthday falling in the year;</li>
 *   <li>AD1: children whose care ended in the year with an adoption (REC E11, E12) whose six AD1 items are all
 *       held (DfE rule 151: all coded or all blank); no row otherwise, and the notes name each such child and what
 *       is missing; PlacedAdoption: children looked after in the year with a decision that they should be placed for
 *       adoption made by 31 March (DATE_PLACED_CEASED blank when that decision still stood then);</li>
 *   <li>PrevPerm: children looked after in the year with PrevPerm recorded for their latest period of care (DfE rule
 *       634: every child who started to be looked after from 1 April 2016);</li>
 *   <li>header: every child in any other file; UASC: those of them recorded as UASC (DUC: the date ceased, or the
 *       18th birthday for a child still an UASC);</li>
 *   <li>OC2: filled by {@link Oc2Export} after these rows, from social care's CONVICTED and health's api.</li>
 * </ul>
 * Rows are in the order of CHILD, then their dates, so the same records always give the same files.
 */
final class ReturnExport {
    static final List<String> NOTES = List.of(
            "OC2 (oc2.csv) holds a row for each child looked after continuously for the twelve months to 31 March whose "
                    + "values are all held: CONVICTED as social care records it, the health fields as health "
                    + "publishes them (ChildrenInCareHealthRecords.forChildren); a child with a value missing is named "
                    + "below with what is missing, and gets no row (ADR 0077)",
            "episodes open at 31 March are written with DEC and REC blank",
            "DUC of a child still an UASC is their 18th birthday",
            "a UPN given as a \"no UPN\" reason (UN1-UN5), or whose check letter failed, is written as it was imported",
            "social worker episodes (SW_ID, SW_DECOM, SW_DEC, SW_REASON) are not produced: CYPF does not hold them");

    private final CollectionYear year;
    private final LocalDate from;
    private final LocalDate to;
    private final Ports ports;

    ReturnExport(CollectionYear year, Ports ports) {
        this.year = year;
        this.from = year.from();
        this.to = year.to();
        this.ports = ports;
    }

    /** What the files will hold, read from the stores by {@link #read()}. */
    private List<PeriodOfCare> periods;
    private List<LookedAfterReview> reviews;
    private List<MissingEpisode> missing;
    private List<CareLeaver> leavers;
    private Map<UUID, Permanence> permanence;
    private Map<ChildId, Child> children;
    private Map<ChildId, ChildHeaderDetails> details;

    /** Reads what the year's files need; returns the children they will name. */
    Set<ChildId> read() {
        // In the episodes file's order (CHILD, then start), read so: nothing is sorted here.
        periods = ports.episodes().overlapping(from, to);
        reviews = ports.reviews().heldBetween(from, to);
        missing = ports.missing().overlapping(from, to);
        permanence = ports.permanence().findAll(periods.stream().map(PeriodOfCare::id).toList());
        List<CareLeaver> withBirthdays = ports.careLeavers().withBirthdayRecords();
        Set<ChildId> ids = new HashSet<>();
        periods.forEach(p -> ids.add(p.childId()));
        reviews.forEach(r -> ids.add(r.childId()));
        missing.forEach(m -> ids.add(m.childId()));
        Map<ChildId, Child> leaverChildren = ports.children().findAll(withBirthdays.stream().map(CareLeaver::childId).toList());
        leavers = withBirthdays.stream().filter(c -> c.birthdays().stream()
                .anyMatch(b -> inYear(leaverChildren.get(c.childId()).dateOfBirth().plusYears(b.age())))).toList();
        leavers.forEach(c -> ids.add(c.childId()));
        // The children and their header fields are one row each: read together, once.
        children = new HashMap<>();
        details = new HashMap<>();
        ports.headers().withDetails(ids).forEach((id, held) -> {
            children.put(id, held.getKey());
            details.put(id, held.getValue());
        });
        return Set.copyOf(ids);
    }

    /** The periods of care the year's files were read from (for the OC2 cohort). */
    List<PeriodOfCare> periods() {
        return periods;
    }

    /** The children the year's files name, by id. */
    Map<ChildId, Child> children() {
        return children;
    }

    /** What the files lack that the DfE asks for, found while {@link #rows()} wrote them. */
    private final List<String> notes = new ArrayList<>();
    private static final int AD1_FIELDS = 6;
    /** The DfE's ethnicity code for "information not yet obtained". */
    static final String NOT_OBTAINED = "NOBT";
    private static final String FEMALE = "2";

    /** Whether the episode is open on a day of the year: begun by its end, not ended before its start. */
    private boolean inYear(Episode e) {
        return !e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from));
    }

    /**
     * PLACE_PROVIDER as returned: blank for a placement without a provider (T0-T4, Z1: DfE rules 213, 178), even for
     * an episode recorded with one before CYPF refused it.
     */
    static String providerReturned(Episode e) {
        return e.placementType() != null && PlacementType.of(e.placementType()).hasNoProvider() ? null
                : e.placementProvider();
    }

    /** The notes of the last {@link #rows()}: the standing ones, then what this year's files lack. */
    List<String> notes() {
        List<String> all = new ArrayList<>(NOTES);
        all.addAll(notes);
        return all;
    }

    /** The rows of every file, each file's in the order of CHILD, then dates. */
    Ssda903Rows rows() {
        var rows = new Ssda903Rows();
        Map<String, Child> byRef = new TreeMap<>();
        children.values().forEach(c -> byRef.put(c.localChildId(), c));
        Map<ChildId, UnaccompaniedAsylumSeeker> uasc = ports.uasc().findAll(children.keySet());
        List<String> noEthnicity = new ArrayList<>();
        List<String> noMother = new ArrayList<>();
        Set<ChildId> lookedAfter = new HashSet<>();
        periods.forEach(p -> lookedAfter.add(p.childId()));
        // DfE rule 442 asks a UPN, or a reason for none, of a child with an episode in the year but on short breaks.
        Set<ChildId> needUpn = new HashSet<>();
        periods.forEach(p -> p.episodes().stream().filter(e -> inYear(e) && !e.isShortBreak()).findAny()
                .ifPresent(e -> needUpn.add(p.childId())));
        List<String> noUpn = new ArrayList<>();
        for (Child c : byRef.values()) {
            ChildHeaderDetails d = details.getOrDefault(c.id(), ChildHeaderDetails.NONE);
            if (d.ethnicity() == null) {
                noEthnicity.add(c.localChildId());
            }
            if (d.mother() == null && FEMALE.equals(c.sex()) && lookedAfter.contains(c.id())) {
                noMother.add(c.localChildId());
            }
            // The DfE refuses a blank ETHNIC (rule 103); NOBT is its own code for "not yet obtained", read back as blank.
            String upn = c.upn() == null ? d.upnAsReturned() : c.upn().value();
            if (upn == null && needUpn.contains(c.id())) {
                noUpn.add(c.localChildId());
            }
            rows.add(new Ssda903Rows.Header(rows.nextLine(Ssda903File.HEADER), c.localChildId(), c.sex(),
                    c.dateOfBirth(), d.ethnicity() == null ? NOT_OBTAINED : d.ethnicity(), upn, d.mother(),
                    d.motherChildDob()));
            UnaccompaniedAsylumSeeker u = uasc.get(c.id());
            // A child who ceased to be an UASC before the year is not in its UASC file (DfE rule 104: DUC not before it).
            if (u != null && !u.returnedDateCeased(c).isBefore(from)) {
                rows.add(new Ssda903Rows.Uasc(rows.nextLine(Ssda903File.UASC), c.localChildId(), c.sex(),
                        c.dateOfBirth(), u.returnedDateCeased(c)));
            }
        }
        if (!noEthnicity.isEmpty()) {
            notes.add("header.csv: ETHNIC is written NOBT (information not yet obtained: DfE rule 103 refuses a blank) "
                    + "for the children with none recorded: CHILD " + String.join(", ", noEthnicity));
        }
        if (!noUpn.isEmpty()) {
            // No UN code is made up: which of UN1-UN5 applies is the authority's to say (a guess would be a false return).
            notes.add("header.csv: UPN is blank for the children looked after in the year with neither a UPN nor a "
                    + "\"no UPN\" reason (UN1-UN5) recorded; DfE rule 442 asks one of them: CHILD " + String.join(", ", noUpn));
        }
        if (!noMother.isEmpty()) {
            notes.add("header.csv: MOTHER is blank for the girls with none recorded (DfE rule 165 asks it of every girl "
                    + "looked after in the year; CYPF records it from an import): CHILD " + String.join(", ", noMother));
        }
        List<PeriodOfCare> inOrder = periods;
        Map<ChildId, PeriodOfCare> latest = new HashMap<>();
        inOrder.forEach(p -> latest.put(p.childId(), p));
        for (PeriodOfCare p : inOrder) {
            Child c = children.get(p.childId());
            for (Episode e : p.episodes()) {
                if (e.startDate().isAfter(to) || (e.endDate() != null && e.endDate().isBefore(from))) {
                    continue;
                }
                boolean openAtYearEnd = e.endDate() == null || e.endDate().isAfter(to);
                rows.add(new Ssda903Rows.EpisodeRow(rows.nextLine(Ssda903File.EPISODES), c.localChildId(),
                        e.startDate(), e.reasonForNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placementType(),
                        providerReturned(e), openAtYearEnd ? null : e.endDate(),
                        openAtYearEnd ? null : e.reasonCeased(), openAtYearEnd ? null : e.reasonPlaceChange(),
                        text(e.homePostcode()),
                        text(e.placementPostcode()), e.placementUrn()));
                // CYPF refuses a temporary placement that breaks the DfE's rules (380, 381, 375, 376, 379, 383) when it is
                // recorded or imported; one held from before is named, so it is corrected before the file is sent.
                PeriodOfCare.checkTemporaryPlacement(e.reasonForNewEpisode(), e.placementType(), e.startDate(),
                        openAtYearEnd ? null : e.endDate(), openAtYearEnd ? null : e.reasonCeased()).list()
                        .forEach(x -> notes.add("episodes.csv: CHILD " + c.localChildId() + ", the episode from "
                                + e.startDate() + ": " + x.field() + " " + x.reason() + "; held from before CYPF "
                                + "refused it: correct it before the file is sent"));
            }
            // ... and a return from a temporary placement to another placement than the one before it (rule 383).
            for (PeriodOfCare.HistoryProblem x : PeriodOfCare.returnsFromTemporaryPlacements(p.episodes())) {
                Episode e = p.episodes().get(x.episode());
                if (!e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from))) {
                    notes.add("episodes.csv: CHILD " + c.localChildId() + ", the episode from " + e.startDate() + ": "
                            + x.column() + " " + x.reason() + "; held from before CYPF refused it: correct it before "
                            + "the file is sent");
                }
            }
            Permanence perm = permanence.get(p.id());
            PermanenceJourney journey = PermanenceJourney.of(p);
            if (journey.adopted() != null && inYear(journey.adopted())) {
                Permanence.Adoption a = perm == null ? Permanence.Adoption.NONE : perm.adoption();
                List<String> missingFields = Ad1Merge.missing(a);
                // The DfE refuses an AD1 row with some items blank (rule 151): a row only when all six are held.
                if (!missingFields.isEmpty()) {
                    notes.add("ad1.csv: CHILD " + c.localChildId() + (missingFields.size() == AD1_FIELDS
                            ? " was adopted in the year but CYPF holds none of AD1 (no row written): "
                            : " was adopted in the year; AD1 lacks (no row written, DfE rule 151: all six items or "
                            + "none) ") + String.join(", ", missingFields));
                }
                if (missingFields.isEmpty()) {
                    rows.add(new Ssda903Rows.Ad1(rows.nextLine(Ssda903File.AD1), c.localChildId(), c.dateOfBirth(),
                        a.decisionDate(), a.matchedDate(), a.adoptedByFosterCarer(), a.numberOfAdopters(),
                        a.sexOfAdopters(), a.legalStatusOfAdopters()));
                }
            }
            if (perm != null && perm.adoption().decisionDate() != null && !perm.adoption().decisionDate().isAfter(to)) {
                Permanence.Adoption a = perm.adoption();
                boolean ceasedInTime = a.decisionCeasedDate() != null && !a.decisionCeasedDate().isAfter(to);
                rows.add(new Ssda903Rows.PlacedAdoption(rows.nextLine(Ssda903File.PLACED_ADOPTION), c.localChildId(),
                        c.dateOfBirth(), a.decisionDate(), ceasedInTime ? a.decisionCeasedDate() : null,
                        ceasedInTime ? a.decisionCeasedReason() : null));
            }
            if (perm != null && perm.previous() != null && p == latest.get(p.childId())) {
                Permanence.PreviousPermanence prev = perm.previous();
                rows.add(new Ssda903Rows.PrevPerm(rows.nextLine(Ssda903File.PREV_PERM), c.localChildId(),
                        c.dateOfBirth(), prev.code(), prev.authority(), prev.date()));
            }
        }
        // Each row paired with its child once, then sorted: a comparator that looked the child up twice a comparison
        // was the export's largest cost at national size (millions of map look-ups for 168,000 reviews).
        reviews.stream().map(r -> new OfChild<>(children.get(r.childId()), r))
                .sorted(Comparator.comparing((OfChild<LookedAfterReview> o) -> o.child().localChildId())
                        .thenComparing(o -> o.row().date())).forEach(o -> {
                    Child c = o.child();
                    LookedAfterReview r = o.row();
                    rows.add(new Ssda903Rows.Review(rows.nextLine(Ssda903File.REVIEWS), c.localChildId(),
                            c.dateOfBirth(), r.date(), r.participation()));
                });
        missing.stream().map(m -> new OfChild<>(children.get(m.childId()), m))
                .sorted(Comparator.comparing((OfChild<MissingEpisode> o) -> o.child().localChildId())
                        .thenComparing(o -> o.row().startDate()).thenComparing(o -> o.row().kind())).forEach(o -> {
                    Child c = o.child();
                    MissingEpisode m = o.row();
                    boolean back = m.endDate() != null && !m.endDate().isAfter(to);
                    rows.add(new Ssda903Rows.Missing(rows.nextLine(Ssda903File.MISSING), c.localChildId(),
                            c.dateOfBirth(), m.kind(), m.startDate(), back ? m.endDate() : null));
                });
        leavers.stream().map(l -> new OfChild<>(children.get(l.childId()), l))
                .sorted(Comparator.comparing((OfChild<CareLeaver> o) -> o.child().localChildId()))
                .forEach(o -> {
                    Child c = o.child();
                    CareLeaver l = o.row();
                    for (BirthdayContact b : l.birthdays()) {
                        if (inYear(c.dateOfBirth().plusYears(b.age()))) {
                            rows.add(new Ssda903Rows.Oc3(rows.nextLine(Ssda903File.OC3), c.localChildId(),
                                    c.dateOfBirth(), b.inTouch(), b.activity(), b.accommodation()));
                        }
                    }
                });
        return rows;
    }

    private boolean inYear(LocalDate d) {
        return year.includes(d);
    }

    private static String text(Postcode postcode) {
        return postcode == null ? null : postcode.value();
    }

    /** A row of a file with the child it is about, looked up once. */
    private record OfChild<T>(Child child, T row) {}
}
