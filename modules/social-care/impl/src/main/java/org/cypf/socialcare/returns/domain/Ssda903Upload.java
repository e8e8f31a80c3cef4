package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.socialcare.shared.domain.LegalStatus;

/**
 * A return's files as an import read them: which file each one was (by the name the client gave it), how many rows
 * each held, the rows that read without error, and every error found so far. What needs the records already held
 * (does an episode fit the child's history?) is checked later, against the same {@link #errors()}.
 */
public final class Ssda903Upload {
    private final CollectionYear year;
    private final RowErrors errors = new RowErrors(Ssda903OwnChecks.RECORD);
    private final Map<Ssda903File, String> names = new EnumMap<>(Ssda903File.class);
    private final Map<Ssda903File, Integer> rowCounts = new EnumMap<>(Ssda903File.class);
    private final Ssda903Rows rows = new Ssda903Rows();
    private final List<String> notes = new ArrayList<>();
    /** The children whose header row was refused: the line and the first reason, for the knock-on errors. */
    private final Map<String, String> refusedHeaders = new HashMap<>();

    public Ssda903Upload(CollectionYear year) {
        this.year = year;
    }

    public CollectionYear year() {
        return year;
    }

    public RowErrors errors() {
        return errors;
    }

    /** Records that the file the client named {@code name} is {@code file}, with {@code rowCount} rows. */
    public void recognised(Ssda903File file, String name, int rowCount) {
        names.put(file, name);
        rowCounts.put(file, rowCount);
    }

    /** The name the client gave {@code file}, or its DfE name when it was not sent. */
    public String name(Ssda903File file) {
        return names.getOrDefault(file, file.fileName());
    }

    /** The files read and their rows, in the DfE's order. */
    public Map<Ssda903File, Integer> rowCounts() {
        return Collections.unmodifiableMap(rowCounts);
    }

    /** Keeps a row that read without error. */
    public void add(Ssda903Rows.Row row) {
        rows.add(row);
    }

    public Ssda903Rows rows() {
        return rows;
    }

    /** Records that {@code child}'s header row, on {@code line}, was refused for {@code reason}. */
    public void headerRefused(String child, int line, String reason) {
        refusedHeaders.putIfAbsent(child, "line " + line + ": " + reason);
    }

    /** The rows of the children not held back: what the merge with the records held works on. */
    public Ssda903Rows rowsOfChildrenNotHeldBack() {
        Set<String> held = errors.heldBack();
        Ssda903Rows kept = new Ssda903Rows();
        for (Ssda903File f : Ssda903File.values()) {
            rows.of(f).stream().filter(r -> !held.contains(r.child())).forEach(kept::add);
        }
        return kept;
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The age (17 to 21) at the birthday falling in the collection year, or null. */
    public Integer ageInYear(LocalDate dob) {
        for (int age = 17; age <= 21; age++) {
            if (year.includes(dob.plusYears(age))) {
                return age;
            }
        }
        return null;
    }

    /** Every row's child is in the header, with the header's date of birth (and sex, where the file has it). */
    public void crossCheck() {
        Map<String, Ssda903Rows.Header> byChild = new HashMap<>();
        for (Ssda903Rows.Header h : rows.headers()) {
            if (byChild.putIfAbsent(h.child(), h) != null) {
                errors.add(name(Ssda903File.HEADER), h.line(), "CHILD", Ssda903OwnChecks.CHILD, "appears twice in the header file");
            }
        }
        Set<String> decoms = new HashSet<>();
        for (Ssda903Rows.EpisodeRow e : rows.episodes()) {
            inHeader(e, null, byChild);
            if (!decoms.add(e.child() + "|" + e.decom())) {
                errors.add(name(Ssda903File.EPISODES), e.line(), "DECOM", Ssda903OwnChecks.CHILD, "a second episode of the child begins on this "
                        + "day (CHILD and DECOM identify an episode)");
            }
        }
        upnGiven(byChild);
        rows.reviews().forEach(r -> inHeader(r, r.dob(), byChild));
        for (Ssda903Rows.Uasc u : unique(rows.uasc(), byChild, Ssda903Rows.Uasc::dob)) {
            Ssda903Rows.Header h = byChild.get(u.child());
            if (h != null && !h.sex().equals(u.sex())) {
                errors.add(name(Ssda903File.UASC), u.line(), "SEX", Ssda903OwnChecks.CHILD, "differs from the header file");
            }
        }
        rows.missing().forEach(m -> inHeader(m, m.dob(), byChild));
        unique(rows.oc3(), byChild, Ssda903Rows.Oc3::dob);
        unique(rows.ad1(), byChild, Ssda903Rows.Ad1::dob);
        rows.placedAdoption().forEach(p -> inHeader(p, p.dob(), byChild));
        unique(rows.prevPerm(), byChild, Ssda903Rows.PrevPerm::dob);
    }

    /**
     * DfE rule 442: a child with an episode under any legal status but short breaks (V3, V4) has a UPN or a "no UPN"
     * reason, UN1-UN5. A warning: the child's records are usable, and the reason is the authority's to give.
     */
    private void upnGiven(Map<String, Ssda903Rows.Header> byChild) {
        Set<String> warned = new HashSet<>();
        for (Ssda903Rows.EpisodeRow e : rows.episodes()) {
            Ssda903Rows.Header h = byChild.get(e.child());
            if (h != null && h.upn() == null && !LegalStatus.of(e.ls()).isShortBreak() && warned.add(h.child())) {
                errors.warn(name(Ssda903File.HEADER), h.line(), "UPN", "442", "is blank for a child looked after "
                        + "(not only on short breaks): give the UPN, or the reason there is none (UN1-UN5)");
            }
        }
    }

    /** Checks rows of a file that holds one row a child against the header; answers them. */
    private <R extends Ssda903Rows.Row> List<R> unique(List<R> fileRows, Map<String, Ssda903Rows.Header> byChild,
                                                      Function<R, LocalDate> dob) {
        Set<String> seen = new HashSet<>();
        for (R r : fileRows) {
            inHeader(r, dob.apply(r), byChild);
            if (!seen.add(r.child())) {
                errors.add(name(r.file()), r.line(), "CHILD", Ssda903OwnChecks.CHILD, "appears twice in the " + (r.file() == Ssda903File.UASC
                        ? "UASC" : r.file().fileName()) + " file");
            }
        }
        return fileRows;
    }

    private void inHeader(Ssda903Rows.Row row, LocalDate dob, Map<String, Ssda903Rows.Header> byChild) {
        Ssda903Rows.Header h = byChild.get(row.child());
        if (h == null && refusedHeaders.containsKey(row.child())) {
            errors.add(name(row.file()), row.line(), "CHILD", Ssda903OwnChecks.CHILD, "child " + row.child() + "'s header row was refused ("
                    + name(Ssda903File.HEADER) + " " + refusedHeaders.get(row.child()) + "): the child is held back "
                    + "with all their rows");
        } else if (h == null) {
            errors.add(name(row.file()), row.line(), "CHILD", Ssda903OwnChecks.CHILD, "is not in the header file");
        } else if (dob != null && !dob.equals(h.dob())) {
            errors.add(name(row.file()), row.line(), "DOB", Ssda903OwnChecks.CHILD, "differs from the header file");
        }
    }
}
