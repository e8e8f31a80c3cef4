package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.ReasonCeased;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * An import's rows set beside the records already held, inside the import's unit of work. The rule throughout: a row
 * that matches what is recorded changes nothing; a row that adds what was missing (a new record, the end of an open
 * episode, a blank header field) is stored; a row that contradicts what is recorded is a row error. Nothing is
 * written until every row has been checked, and nothing at all when any row is in error.
 */
final class ReturnMerge {
    private final ReturnFiles files;
    private final RowErrors errors;
    private final Ports ports;
    private final LocalDate today;
    private final Ssda903Codes codes;
    private final Map<Ssda903File, int[]> counts = new EnumMap<>(Ssda903File.class);

    /** Children of the header file: the one held (or about to be created) under each CHILD. */
    private final Map<String, Child> children = new LinkedHashMap<>();
    private final Set<ChildId> created = new HashSet<>();
    /** Each child's periods as they will be after the import. */
    private final Map<ChildId, List<PeriodOfCare>> periods = new HashMap<>();
    /** What will be written, in order, once every row is checked. */
    private final List<Runnable> writes = new ArrayList<>();

    ReturnMerge(ReturnFiles files, Ports ports, LocalDate today, Ssda903Codes codes) {
        this.files = files;
        this.errors = files.errors;
        this.ports = ports;
        this.today = today;
        this.codes = codes;
        for (Ssda903File f : Ssda903File.values()) {
            counts.put(f, new int[3]);
        }
    }

    private void added(Ssda903File f) {
        counts.get(f)[0]++;
    }

    private void changed(Ssda903File f) {
        counts.get(f)[1]++;
    }

    private void unchanged(Ssda903File f) {
        counts.get(f)[2]++;
    }

    /** The children the import touches: those it creates, and those it finds already held. */
    Set<ChildId> createdChildren() {
        return Set.copyOf(created);
    }

    Set<ChildId> existingChildren() {
        Set<ChildId> existing = new HashSet<>();
        children.values().forEach(c -> {
            if (!created.contains(c.id())) {
                existing.add(c.id());
            }
        });
        return existing;
    }

    /** Matches the header rows to the children held; call before access is decided, then {@link #merge}. */
    void findChildren() {
        for (Rows.Header h : files.headers) {
            Optional<Child> held = ports.children().findByLocalChildId(h.child());
            String file = files.name(Ssda903File.HEADER);
            if (held.isPresent()) {
                Child child = held.get();
                if (!child.dateOfBirth().equals(h.dob())) {
                    errors.add(file, h.line(), "DOB", "differs from the child recorded under this CHILD");
                } else if (!child.sex().equals(h.sex())) {
                    errors.add(file, h.line(), "SEX", "differs from the child recorded under this CHILD");
                }
                children.put(h.child(), child);
            } else {
                Child child = new Child(ChildId.newId(), h.child(), h.upn() == null ? null : UniquePupilNumber.parse(h.upn()),
                        null, h.dob(), h.sex());
                created.add(child.id());
                children.put(h.child(), child);
            }
        }
    }

    void merge(IntegrationEvents events) {
        header();
        episodes(events);
        reviews();
        uasc();
        missing();
        oc3();
        adoption();
        prevPerm();
        permanenceTouched.forEach(id -> writes.add(() -> ports.permanence().save(permanence.get(id))));
        errors.throwIfAny();
        writes.forEach(Runnable::run);
    }

    List<Ssda903ImportResult.FileResult> results() {
        List<Ssda903ImportResult.FileResult> out = new ArrayList<>();
        files.rowCounts.forEach((file, rows) -> {
            int[] c = counts.get(file);
            out.add(new Ssda903ImportResult.FileResult(files.name(file), rows, c[0], c[1], c[2]));
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------------- header

    private void header() {
        String file = files.name(Ssda903File.HEADER);
        Map<ChildId, ChildHeaderDetails> held = ports.headers().findAll(existingChildren());
        for (Rows.Header h : files.headers) {
            Child child = children.get(h.child());
            if (created.contains(child.id())) {
                added(Ssda903File.HEADER);
                ChildHeaderDetails details = new ChildHeaderDetails(h.ethnic(), h.mother(), h.motherChildDob());
                writes.add(() -> {
                    ports.children().add(child);
                    if (!details.equals(ChildHeaderDetails.NONE)) {
                        ports.headers().save(child.id(), details);
                    }
                });
                continue;
            }
            ChildHeaderDetails before = held.getOrDefault(child.id(), ChildHeaderDetails.NONE);
            boolean[] filled = {false};
            String ethnic = fill(file, h.line(), "ETHNIC", before.ethnicity(), h.ethnic(), filled);
            String mother = fill(file, h.line(), "MOTHER", before.mother(), h.mother(), filled);
            LocalDate mcDob = fill(file, h.line(), "MC_DOB", before.motherChildDob(), h.motherChildDob(), filled);
            String upnHeld = child.upn() == null ? null : child.upn().value();
            boolean upnFilled = h.upn() != null && upnHeld == null;
            if (h.upn() != null && upnHeld != null && !upnHeld.equals(h.upn())) {
                errors.add(file, h.line(), "UPN", "differs from the UPN recorded for the child");
            }
            if (filled[0] || upnFilled) {
                changed(Ssda903File.HEADER);
                ChildHeaderDetails details = new ChildHeaderDetails(ethnic, mother, mcDob);
                writes.add(() -> {
                    ports.headers().save(child.id(), details);
                    if (upnFilled) {
                        ports.headers().saveUpn(child.id(), h.upn());
                    }
                });
            } else {
                unchanged(Ssda903File.HEADER);
            }
        }
    }

    /** A held value and a row's: the row fills a blank; a different value is an error; a blank row keeps the held one. */
    private <T> T fill(String file, int line, String column, T held, T given, boolean[] filled) {
        if (given == null || given.equals(held)) {
            return held;
        }
        if (held == null) {
            filled[0] = true;
            return given;
        }
        errors.add(file, line, column, "differs from what is recorded for the child");
        return held;
    }

    // ------------------------------------------------------------------------------------------------- episodes

    private void episodes(IntegrationEvents events) {
        String file = files.name(Ssda903File.EPISODES);
        Map<String, List<Rows.EpisodeRow>> byChild = new LinkedHashMap<>();
        files.episodes.forEach(e -> byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e));
        List<ChildId> existing = List.copyOf(existingChildren());
        Map<ChildId, List<PeriodOfCare>> held = new HashMap<>();
        ports.periods().forChildren(existing).forEach(p -> held.computeIfAbsent(p.childId(), c -> new ArrayList<>()).add(p));
        for (Child child : children.values()) {
            periods.put(child.id(), held.getOrDefault(child.id(), List.of()));
        }
        byChild.forEach((childRef, rows) -> {
            Child child = children.get(childRef);
            if (child != null) {
                mergeEpisodes(file, child, rows, held.getOrDefault(child.id(), List.of()), events);
            }
        });
    }

    private void mergeEpisodes(String file, Child child, List<Rows.EpisodeRow> rows, List<PeriodOfCare> held,
                               IntegrationEvents events) {
        Map<UUID, UUID> periodOf = new HashMap<>();
        Map<UUID, PeriodOfCare> heldPeriods = new HashMap<>();
        List<Episode> all = new ArrayList<>();
        for (PeriodOfCare p : held) {
            heldPeriods.put(p.id(), p);
            for (Episode e : p.episodes()) {
                periodOf.put(e.id(), p.id());
                all.add(e);
            }
        }
        Map<UUID, Integer> lineOf = new HashMap<>();
        Set<UUID> touched = new HashSet<>();
        boolean rowsOk = true;
        for (Rows.EpisodeRow row : rows) {
            Episode match = all.stream().filter(e -> e.startDate().equals(row.decom())).findFirst().orElse(null);
            Episode fromRow = new Episode(UUID.randomUUID(), row.decom(), row.rne(), row.ls(), row.cin(), row.place(),
                    row.provider(), postcode(row.placementPost()), postcode(row.homePost()), row.urn(), row.dec(),
                    row.rec(), row.reasonPlaceChange());
            if (match == null) {
                all.add(fromRow);
                lineOf.put(fromRow.id(), row.line());
                touched.add(fromRow.id());
                added(Ssda903File.EPISODES);
                continue;
            }
            lineOf.put(match.id(), row.line());
            int before = errorsSoFar();
            compare(file, row.line(), "RNE", match.reasonForNewEpisode(), row.rne());
            compare(file, row.line(), "LS", match.legalStatus(), row.ls());
            compare(file, row.line(), "CIN", match.categoryOfNeed(), row.cin());
            compare(file, row.line(), "PLACE", match.placementType(), row.place());
            compare(file, row.line(), "PLACE_PROVIDER", match.placementProvider(), row.provider());
            compare(file, row.line(), "REASON_PLACE_CHANGE", match.reasonPlaceChange(), row.reasonPlaceChange());
            compare(file, row.line(), "HOME_POST", text(match.homePostcode()), row.homePost());
            compare(file, row.line(), "PL_POST", text(match.placementPostcode()), row.placementPost());
            compare(file, row.line(), "URN", match.placementUrn(), row.urn());
            if (row.dec() == null) {
                if (match.endDate() != null && !match.endDate().isAfter(files.to)) {
                    errors.add(file, row.line(), "DEC", "is blank, but the episode is recorded as ended in the "
                            + "collection year");
                }
            } else if (match.endDate() == null) {
                all.set(all.indexOf(match), fromRowKeepingId(match, row));
                touched.add(match.id());
            } else {
                compare(file, row.line(), "DEC", match.endDate(), row.dec());
                compare(file, row.line(), "REC", match.reasonCeased(), row.rec());
            }
            if (errorsSoFar() > before) {
                rowsOk = false;
            } else if (touched.contains(match.id())) {
                changed(Ssda903File.EPISODES);
            } else {
                unchanged(Ssda903File.EPISODES);
            }
        }
        if (!rowsOk || touched.isEmpty()) {
            return;
        }
        all.sort(Comparator.comparing(Episode::startDate)
                .thenComparing(e -> e.endDate() == null ? LocalDate.MAX : e.endDate()));
        int firstLine = rows.stream().mapToInt(Rows.EpisodeRow::line).min().orElse(1);
        List<PeriodOfCare.HistoryProblem> problems = PeriodOfCare.checkHistory(all);
        for (PeriodOfCare.HistoryProblem p : problems) {
            Integer line = lineOf.get(all.get(p.episode()).id());
            errors.add(file, line != null ? line : firstLine, line != null ? p.column() : "CHILD", line != null
                    ? p.reason() : "the child's episodes in CYPF and in the file do not fit together: " + p.reason());
        }
        if (!problems.isEmpty()) {
            return;
        }
        List<PeriodOfCare> after = new ArrayList<>();
        for (List<Episode> episodes : PeriodOfCare.periodsOf(all)) {
            Set<UUID> heldIds = new HashSet<>();
            episodes.forEach(e -> {
                if (periodOf.containsKey(e.id())) {
                    heldIds.add(periodOf.get(e.id()));
                }
            });
            Episode first = episodes.getFirst();
            if (heldIds.size() > 1) {
                Integer line = episodes.stream().map(e -> lineOf.get(e.id())).filter(Objects::nonNull).findFirst().orElse(firstLine);
                errors.add(file, line, "DECOM", "would join two periods of care recorded separately in CYPF");
                continue;
            }
            if (heldIds.isEmpty()) {
                if (!first.startsAPeriod() && !first.startDate().isBefore(files.from)) {
                    errors.add(file, lineOf.get(first.id()), "RNE", "must be S: a period of care that began in the "
                            + "collection year starts with S (its earlier episodes would be in this file)");
                    continue;
                }
                PeriodOfCare created = PeriodOfCare.imported(UUID.randomUUID(), child.id(), episodes);
                after.add(created);
                writes.add(() -> ports.periods().add(created));
                if (created.isOpen()) {
                    writes.add(() -> events.publish(new ChildEnteredCare(child.id().toString(), created.id(),
                            created.startDate(), child.dateOfBirth(), child.upn() == null ? null : child.upn().value(),
                            first.legalStatus(), first.placementType())));
                }
            } else {
                PeriodOfCare was = heldPeriods.get(heldIds.iterator().next());
                PeriodOfCare now = was.importHistory(episodes).after();
                after.add(now);
                if (episodes.stream().anyMatch(e -> touched.contains(e.id()))) {
                    writes.add(() -> ports.periods().update(now, was.version()));
                }
            }
        }
        periods.put(child.id(), after);
    }

    private static Episode fromRowKeepingId(Episode held, Rows.EpisodeRow row) {
        return new Episode(held.id(), held.startDate(), held.reasonForNewEpisode(), held.legalStatus(),
                held.categoryOfNeed(), held.placementType(), held.placementProvider(), held.placementPostcode(),
                held.homePostcode(), held.placementUrn(), row.dec(), row.rec(), held.reasonPlaceChange());
    }

    private int errorsSoFar() {
        return errors.count();
    }

    private void compare(String file, int line, String column, Object held, Object given) {
        if (!Objects.equals(held, given)) {
            errors.add(file, line, column, "differs from the episode recorded in CYPF");
        }
    }

    private static Postcode postcode(String text) {
        return text == null ? null : Postcode.parse(text);
    }

    private static String text(Postcode postcode) {
        return postcode == null ? null : postcode.value();
    }

    private List<PeriodOfCare> periodsOf(Child child) {
        return periods.getOrDefault(child.id(), List.of());
    }

    // ------------------------------------------------------------------------------------------------- reviews

    private void reviews() {
        String file = files.name(Ssda903File.REVIEWS);
        Map<ChildId, List<LookedAfterReview>> heldByChild = new HashMap<>();
        for (Rows.Review r : files.reviews) {
            Child child = children.get(r.child());
            List<LookedAfterReview> held = heldByChild.computeIfAbsent(child.id(),
                    c -> created.contains(c) ? new ArrayList<>() : new ArrayList<>(ports.reviews().forChild(c)));
            Optional<LookedAfterReview> same = held.stream().filter(x -> x.date().equals(r.review())).findFirst();
            if (same.isPresent()) {
                if (same.get().participation().equals(r.code())) {
                    unchanged(Ssda903File.REVIEWS);
                } else {
                    errors.add(file, r.line(), "REVIEW_CODE", "differs from the review recorded in CYPF on this day");
                }
                continue;
            }
            PeriodOfCare period = periodsOf(child).stream().filter(p -> p.includesDay(r.review())).findFirst().orElse(null);
            if (period == null) {
                errors.add(file, r.line(), "REVIEW", "the child was not looked after on this day");
                continue;
            }
            boolean ok = errors.check(file, r.line(), f -> f.equals("date") ? "REVIEW" : "REVIEW_CODE", () -> {
                LookedAfterReview review = LookedAfterReview.record(UUID.randomUUID(), period, child, r.review(),
                        r.code(), held, today, codes).after();
                held.add(review);
                writes.add(() -> ports.reviews().add(review));
            });
            if (ok) {
                added(Ssda903File.REVIEWS);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- UASC

    private void uasc() {
        String file = files.name(Ssda903File.UASC);
        Map<ChildId, UnaccompaniedAsylumSeeker> held = ports.uasc().findAll(existingChildren());
        for (Rows.Uasc u : files.uasc) {
            Child child = children.get(u.child());
            UnaccompaniedAsylumSeeker was = held.get(child.id());
            if (was != null) {
                if (was.returnedDateCeased(child).equals(u.duc())) {
                    unchanged(Ssda903File.UASC);
                } else {
                    errors.add(file, u.line(), "DUC", "differs from the date recorded in CYPF");
                }
                continue;
            }
            // DUC on the 18th birthday is the day a child still an UASC will cease: held as "still an UASC".
            LocalDate ceased = u.duc().equals(UnaccompaniedAsylumSeeker.eighteenthBirthday(child)) ? null : u.duc();
            boolean ok = errors.check(file, u.line(), f -> "DUC", () -> {
                UnaccompaniedAsylumSeeker record = UnaccompaniedAsylumSeeker.notYetRecorded(child.id())
                        .record(child, ceased, today).after();
                writes.add(() -> ports.uasc().save(record, 0));
            });
            if (ok) {
                added(Ssda903File.UASC);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- missing

    private void missing() {
        String file = files.name(Ssda903File.MISSING);
        Map<ChildId, List<MissingEpisode>> heldByChild = new HashMap<>();
        for (Rows.Missing m : files.missing) {
            Child child = children.get(m.child());
            List<MissingEpisode> held = heldByChild.computeIfAbsent(child.id(),
                    c -> created.contains(c) ? new ArrayList<>() : new ArrayList<>(ports.missing().forChild(c)));
            Optional<MissingEpisode> same = held.stream()
                    .filter(x -> x.startDate().equals(m.start()) && x.kind().equals(m.kind())).findFirst();
            if (same.isPresent()) {
                MissingEpisode was = same.get();
                if (Objects.equals(was.endDate(), m.end()) || (m.end() == null && was.endDate() != null
                        && was.endDate().isAfter(files.to))) {
                    unchanged(Ssda903File.MISSING);
                } else if (was.endDate() == null) {
                    MissingEpisode ended = was.endAsReturned(m.end()).after();
                    held.set(held.indexOf(was), ended);
                    writes.add(() -> ports.missing().update(ended, was.version()));
                    changed(Ssda903File.MISSING);
                } else {
                    errors.add(file, m.line(), "MIS_END", "differs from the episode recorded in CYPF");
                }
                continue;
            }
            MissingEpisode episode = MissingEpisode.imported(child.id(), m.kind(), m.start(), m.end());
            if (held.stream().anyMatch(episode::overlaps)) {
                errors.add(file, m.line(), "MIS_START", "the child is already recorded missing or away on this day");
                continue;
            }
            held.add(episode);
            writes.add(() -> ports.missing().add(episode));
            added(Ssda903File.MISSING);
        }
    }

    // ------------------------------------------------------------------------------------------------- OC3

    private void oc3() {
        String file = files.name(Ssda903File.OC3);
        Map<ChildId, CareLeaver> held = ports.careLeavers().findAll(existingChildren());
        Map<ChildId, CareLeaver> changedLeavers = new LinkedHashMap<>();
        for (Rows.Oc3 o : files.oc3) {
            Child child = children.get(o.child());
            int age = files.ageInYear(o.dob());
            CareLeaver leaver = changedLeavers.getOrDefault(child.id(),
                    held.getOrDefault(child.id(), CareLeaver.none(child.id())));
            BirthdayContact given = new BirthdayContact(age, o.inTouch(), o.activity(), o.accommodation());
            Optional<BirthdayContact> was = leaver.birthdays().stream().filter(b -> b.age() == age).findFirst();
            if (was.isPresent()) {
                if (was.get().equals(given)) {
                    unchanged(Ssda903File.OC3);
                } else {
                    errors.add(file, o.line(), "IN_TOUCH", "the OC3 record at this birthday differs from the one in CYPF");
                }
                continue;
            }
            changedLeavers.put(child.id(), leaver.withBirthday(given));
            added(Ssda903File.OC3);
        }
        changedLeavers.values().forEach(c -> writes.add(() -> ports.careLeavers().save(c)));
    }

    // ------------------------------------------------------------------------------------------------- adoption

    private final Map<UUID, Permanence> permanence = new LinkedHashMap<>();
    private final Set<UUID> permanenceTouched = new java.util.LinkedHashSet<>();

    private Permanence permanenceOf(PeriodOfCare period) {
        return permanence.computeIfAbsent(period.id(), id -> ports.permanence().find(id).orElseGet(() -> Permanence.none(period)));
    }

    private void adoption() {
        String ad1File = files.name(Ssda903File.AD1);
        Map<UUID, PeriodOfCare> touched = new LinkedHashMap<>();
        for (Rows.Ad1 a : files.ad1) {
            Child child = children.get(a.child());
            PeriodOfCare period = periodsOf(child).stream()
                    .filter(p -> p.reasonCeased() != null && ReasonCeased.of(p.reasonCeased()).isAdoption()
                            && !p.endDate().isBefore(files.from) && !p.endDate().isAfter(files.to))
                    .reduce((x, y) -> y).orElse(null);
            if (period == null) {
                errors.add(ad1File, a.line(), "CHILD", "the child was not adopted in the collection year (no episode "
                        + "ending E11 or E12)");
                continue;
            }
            Permanence.Adoption was = permanenceOf(period).adoption();
            boolean[] filled = {false};
            var now = new Permanence.Adoption(
                    fill(ad1File, a.line(), "DATE_INT", was.decisionDate(), a.dateInt(), filled),
                    fill(ad1File, a.line(), "DATE_MATCH", was.matchedDate(), a.dateMatch(), filled),
                    fill(ad1File, a.line(), "FOSTER_CARE", was.adoptedByFosterCarer(), a.fosterCare(), filled),
                    fill(ad1File, a.line(), "NB_ADOPTR", was.numberOfAdopters(), a.numberOfAdopters(), filled),
                    fill(ad1File, a.line(), "SEX_ADOPTR", was.sexOfAdopters(), a.sexOfAdopters(), filled),
                    fill(ad1File, a.line(), "LS_ADOPTR", was.legalStatusOfAdopters(), a.legalStatusOfAdopters(), filled),
                    was.decisionCeasedDate(), was.decisionCeasedReason());
            record(ad1File, a.line(), period, now, filled[0], Ssda903File.AD1, touched);
        }
        String placedFile = files.name(Ssda903File.PLACED_ADOPTION);
        for (Rows.PlacedAdoption p : files.placedAdoption) {
            Child child = children.get(p.child());
            List<PeriodOfCare> held = periodsOf(child);
            PeriodOfCare period = held.stream().filter(x -> x.includesDay(p.datePlaced())).findFirst()
                    .or(() -> held.stream().filter(x -> x.beganBeforeTheRecordsHeld()
                            && x.startDate().isAfter(p.datePlaced()) && (x.endDate() == null || !x.endDate().isBefore(files.from)))
                            .findFirst())
                    .orElse(null);
            if (period == null) {
                errors.add(placedFile, p.line(), "DATE_PLACED", "the child was not looked after on this day");
                continue;
            }
            Permanence.Adoption was = permanenceOf(period).adoption();
            boolean[] filled = {false};
            var now = new Permanence.Adoption(
                    fill(placedFile, p.line(), "DATE_PLACED", was.decisionDate(), p.datePlaced(), filled),
                    was.matchedDate(), was.adoptedByFosterCarer(), was.numberOfAdopters(), was.sexOfAdopters(),
                    was.legalStatusOfAdopters(),
                    fill(placedFile, p.line(), "DATE_PLACED_CEASED", was.decisionCeasedDate(), p.datePlacedCeased(), filled),
                    fill(placedFile, p.line(), "REASON_PLACED_CEASED", was.decisionCeasedReason(), p.reasonPlacedCeased(), filled));
            record(placedFile, p.line(), period, now, filled[0], Ssda903File.PLACED_ADOPTION, touched);
        }
        permanenceTouched.addAll(touched.keySet());
    }

    private void record(String file, int line, PeriodOfCare period, Permanence.Adoption now, boolean store,
                        Ssda903File kind, Map<UUID, PeriodOfCare> touched) {
        if (!store) {
            unchanged(kind);
            return;
        }
        boolean ok = errors.check(file, line, field -> switch (field) {
            case "decisionDate" -> kind == Ssda903File.AD1 ? "DATE_INT" : "DATE_PLACED";
            case "matchedDate" -> "DATE_MATCH";
            case "numberOfAdopters" -> "NB_ADOPTR";
            case "sexOfAdopters" -> "SEX_ADOPTR";
            case "legalStatusOfAdopters" -> "LS_ADOPTR";
            case "decisionCeasedDate" -> "DATE_PLACED_CEASED";
            case "decisionCeasedReason" -> "REASON_PLACED_CEASED";
            default -> field;
        }, () -> permanence.put(period.id(), permanenceOf(period).recordAdoption(period, now, today, codes)));
        if (ok) {
            touched.put(period.id(), period);
            if (permanenceOf(period).version() == 0) {
                added(kind);
            } else {
                changed(kind);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- PrevPerm

    private void prevPerm() {
        String file = files.name(Ssda903File.PREV_PERM);
        Map<UUID, PeriodOfCare> touched = new LinkedHashMap<>();
        for (Rows.PrevPerm r : files.prevPerm) {
            Child child = children.get(r.child());
            PeriodOfCare period = periodsOf(child).stream()
                    .filter(p -> !p.beganBeforeTheRecordsHeld() && !p.startDate().isBefore(files.from)
                            && !p.startDate().isAfter(files.to))
                    .reduce((x, y) -> y).orElse(null);
            if (period == null) {
                errors.add(file, r.line(), "CHILD", "the child did not start to be looked after in the collection year");
                continue;
            }
            Permanence current = permanenceOf(period);
            var given = new Permanence.PreviousPermanence(r.prevPerm(), r.laPerm(), r.datePerm());
            if (given.equals(current.previous())) {
                unchanged(Ssda903File.PREV_PERM);
                continue;
            }
            if (current.previous() != null) {
                errors.add(file, r.line(), "PREV_PERM", "differs from what is recorded in CYPF");
                continue;
            }
            boolean ok = errors.check(file, r.line(), field -> switch (field) {
                case "code" -> "PREV_PERM";
                case "authority" -> "LA_PERM";
                default -> "DATE_PERM";
            }, () -> permanence.put(period.id(), current.recordPreviousPermanence(given, child.dateOfBirth(), today, codes)));
            if (ok) {
                touched.put(period.id(), period);
                added(Ssda903File.PREV_PERM);
            }
        }
        permanenceTouched.addAll(touched.keySet());
    }


}
