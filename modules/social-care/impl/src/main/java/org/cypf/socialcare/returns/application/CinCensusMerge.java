package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A CIN census file's children set beside what CYPF holds, inside the import's unit of work (ADR 0073). The rule, as
 * for SSDA903: what matches what is held changes nothing; what adds what was missing is stored; what contradicts what
 * is held is an error about the child. What is held of a child is what the year's export would write of them
 * ({@link CinCensusRead}), so an export imported again changes nothing. A CIN episode of a referral date the child
 * has none of is kept as returned ({@link org.cypf.socialcare.returns.port.CinCensusReturned}); the child's
 * identifiers and characteristics fill what is blank. Nothing is written until every child is checked; then only the
 * children none of whose data is in error are.
 */
final class CinCensusMerge {
    private final CinCensusUpload upload;
    private final CinCensusPorts ports;
    private final String lea;
    private final int year;
    private final Map<String, ChildId> known = new HashMap<>();
    private final Map<ChildId, Child> held = new HashMap<>();
    private final Set<ChildId> created = new LinkedHashSet<>();
    private final List<Runnable> writes = new ArrayList<>();
    private final List<Map.Entry<Child, ChildHeaderDetails>> newChildren = new ArrayList<>();
    private int stored;
    private int added;
    private int unchanged;

    CinCensusMerge(CinCensusUpload upload, CinCensusPorts ports, String lea) {
        this.upload = upload;
        this.ports = ports;
        this.lea = lea;
        this.year = upload.collectionYear();
    }

    /** Finds the children of the file CYPF holds, in one query; call before access is decided. */
    void findChildren() {
        List<String> ids = upload.children().stream().map(e -> e.child().laChildId()).filter(Objects::nonNull)
                .distinct().toList();
        known.putAll(ports.headers().childIdsOf(ids));
        held.putAll(ports.children().findAll(known.values()));
    }

    Set<ChildId> existingChildren() {
        return Set.copyOf(held.keySet());
    }

    Set<ChildId> createdChildren() {
        return Set.copyOf(created);
    }

    /** Checks every child not already held back against what is held, queuing the writes of those that pass. */
    void check() {
        var read = new CinCensusRead(year, ports);
        read.read();
        Map<String, CinCensus.Child> written = new HashMap<>();
        read.census(lea).children().forEach(c -> written.put(c.laChildId(), c));
        Map<ChildId, List<CinCensus.CinEpisode>> returned = read.returned();
        Map<ChildId, CinCensusDetails.Child> details = ports.details().children(held.keySet());
        Map<ChildId, ChildHeaderDetails> headers = ports.headers().findAll(held.keySet());
        Set<String> done = new LinkedHashSet<>();
        for (CinCensusUpload.Entry e : upload.children()) {
            String id = e.child().laChildId();
            if (id == null || upload.errors().hasErrors(id) || !done.add(id)) {
                continue;
            }
            ChildId childId = known.get(id);
            Child child = childId == null ? null : held.get(childId);
            merge(e, child, written.get(id), child == null ? List.of() : returned.getOrDefault(child.id(), List.of()),
                    child == null ? CinCensusDetails.Child.NONE
                            : details.getOrDefault(child.id(), CinCensusDetails.Child.NONE),
                    child == null ? null : headers.get(child.id()));
        }
        if (!newChildren.isEmpty()) {
            List<Map.Entry<Child, ChildHeaderDetails>> all = List.copyOf(newChildren);
            writes.addFirst(() -> ports.headers().addChildren(all));
        }
    }

    private void merge(CinCensusUpload.Entry e, Child child, CinCensus.Child written,
                       List<CinCensus.CinEpisode> returnedHeld, CinCensusDetails.Child heldDetails,
                       ChildHeaderDetails header) {
        CinCensus.Child in = e.child();
        String id = in.laChildId();
        int line = e.line();
        String ids = "ChildIdentifiers.";
        List<Runnable> childWrites = new ArrayList<>();
        boolean isNew = child == null;
        if (isNew) {
            if (in.birthDate() == null) {
                upload.error(id, line, ids + "PersonBirthDate", null, "CYPF records a child once born: a child with "
                        + "only an expected date of birth is not imported (the DfE allows it, rule 8525)");
            }
            if (!"1".equals(in.sex()) && !"2".equals(in.sex())) {
                upload.error(id, line, ids + (year >= 2024 ? "Sex" : "GenderCurrent"), null, "CYPF records a "
                        + "child's sex as male or female (SSDA903 SEX 1 or 2): a child of unknown sex is not imported");
            }
            if (upload.errors().hasErrors(id)) {
                return;
            }
            boolean usable = in.upn() != null && UniquePupilNumber.isValid(in.upn());
            child = new Child(ChildId.newId(), id, usable ? UniquePupilNumber.parse(in.upn()) : null, null,
                    in.birthDate(), in.sex());
            created.add(child.id());
            newChildren.add(Map.entry(child, new ChildHeaderDetails(null, null, null, usable ? null : in.upn())));
        } else {
            if (!child.dateOfBirth().equals(in.birthDate())) {
                upload.error(id, line, ids + "PersonBirthDate", null,
                        "differs from the date of birth CYPF holds for the child under this LAchildID");
            }
            if (!child.sex().equals(in.sex())) {
                upload.error(id, line, ids + (year >= 2024 ? "Sex" : "GenderCurrent"), null,
                        "differs from the sex CYPF holds for the child under this LAchildID");
            }
            String heldUpn = written != null ? written.upn() : child.upn() != null ? child.upn().value()
                    : header != null ? header.upnAsReturned() : null;
            if (in.upn() != null && heldUpn != null && !heldUpn.equals(in.upn())) {
                upload.error(id, line, ids + "UPN", null, "differs from the UPN CYPF holds for the child");
            } else if (in.upn() != null && heldUpn == null) {
                ChildId cid = child.id();
                if (UniquePupilNumber.isValid(in.upn())) {
                    childWrites.add(() -> ports.headers().saveUpn(cid, in.upn()));
                } else {
                    ChildHeaderDetails h = header == null ? ChildHeaderDetails.NONE : header;
                    childWrites.add(() -> ports.headers().save(cid, new ChildHeaderDetails(h.ethnicity(), h.mother(),
                            h.motherChildDob(), in.upn())));
                }
            }
        }
        // The child's characteristics: each fills a blank, matches what is written, or is an error.
        CinCensusDetails.Child w = written == null ? heldDetails : new CinCensusDetails.Child(written.ethnicity(),
                written.disabilities(), written.upnUnknown(), written.formerUpn(), written.deathDate());
        String ethnicity = field(id, line, "ChildCharacteristics.Ethnicity", in.ethnicity(), w.ethnicity(),
                heldDetails.ethnicity());
        List<String> disabilities = field(id, line, "ChildCharacteristics.Disabilities",
                in.disabilities().isEmpty() ? null : in.disabilities(), w.disabilities().isEmpty() ? null
                        : w.disabilities(), heldDetails.disabilities().isEmpty() ? null : heldDetails.disabilities());
        String upnUnknown = field(id, line, ids + "UPNunknown", in.upnUnknown(), w.upnUnknown(),
                heldDetails.upnUnknown());
        String formerUpn = field(id, line, ids + "FormerUPN", in.formerUpn(), w.formerUpn(), heldDetails.formerUpn());
        LocalDate death = field(id, line, ids + "PersonDeathDate", in.deathDate(), w.deathDate(),
                heldDetails.deathDate());
        var details = new CinCensusDetails.Child(ethnicity, disabilities == null ? List.of() : disabilities,
                upnUnknown, formerUpn, death);
        // Episodes: one of a referral date held must be the same; one of a date not held is kept as returned.
        List<CinCensus.CinEpisode> heldEpisodes = written == null ? List.of() : written.episodes();
        List<CinCensus.CinEpisode> toAdd = new ArrayList<>();
        int same = 0;
        // A conference recorded at both levels is kept once, at Section47 level, as the export writes it (rule 2884,
        // reported about the return): so a re-import of the same file, or of CYPF's own, matches what is held.
        List<CinCensus.CinEpisode> incoming = CinCensus.conferencesOnce(in.episodes());
        for (int i = 0; i < incoming.size(); i++) {
            CinCensus.CinEpisode episode = incoming.get(i);
            List<CinCensus.CinEpisode> sameDate = heldEpisodes.stream()
                    .filter(h -> h.referralDate().equals(episode.referralDate())).toList();
            if (sameDate.contains(episode)) {
                same++;
            } else if (!sameDate.isEmpty()) {
                upload.error(id, e.episode(i).line(), "CINdetails[" + (i + 1) + "]", null, "differs from the CIN "
                        + "episode CYPF holds for the child referred on " + episode.referralDate()
                        + ": change it in CYPF, not by import");
            } else if (toAdd.stream().anyMatch(x -> x.referralDate().equals(episode.referralDate()))) {
                upload.error(id, e.episode(i).line(), "CINdetails[" + (i + 1) + "].CINreferralDate", null,
                        "the child has two CIN episodes referred on " + episode.referralDate() + " in the file");
            } else {
                toAdd.add(episode);
            }
        }
        ChildId cid = child.id();
        if (upload.errors().hasErrors(id)) {
            newChildren.removeIf(x -> x.getKey().id().equals(cid));
            created.remove(cid);
            return;
        }
        if (isNew || !details.equals(heldDetails)) {
            childWrites.add(() -> ports.details().save(cid, details));
        }
        if (!toAdd.isEmpty()) {
            List<CinCensus.CinEpisode> all = new ArrayList<>(returnedHeld);
            all.addAll(toAdd);
            all.sort(Comparator.comparing(CinCensus.CinEpisode::referralDate));
            List<CinCensus.CinEpisode> kept = List.copyOf(all);
            childWrites.add(() -> ports.returned().save(cid, year, kept));
        }
        writes.addAll(childWrites);
        stored++;
        added += toAdd.size();
        unchanged += same;
    }

    /**
     * One characteristic: the file's value when it says nothing new (absent, or what the export writes) keeps what is
     * held; fills it when nothing is held; and is an error when CYPF holds another.
     */
    private <T> T field(String child, int line, String path, T incoming, T writtenValue, T heldValue) {
        if (incoming == null || incoming.equals(writtenValue)) {
            return heldValue;
        }
        if (heldValue == null) {
            return incoming;
        }
        upload.error(child, line, path, null, "differs from what CYPF holds for the child");
        return heldValue;
    }

    /** Makes the writes of the children stored, the new children first. */
    void write() {
        writes.forEach(Runnable::run);
    }

    int storedCount() {
        return stored;
    }

    /** Children held back: those an error is about, and any the file names no LAchildID for. */
    int heldBackCount() {
        long unnamed = upload.children().stream().filter(e -> e.child().laChildId() == null).count();
        return upload.errors().heldBack().size() + (int) unnamed;
    }

    int episodesAdded() {
        return added;
    }

    int episodesUnchanged() {
        return unchanged;
    }
}
