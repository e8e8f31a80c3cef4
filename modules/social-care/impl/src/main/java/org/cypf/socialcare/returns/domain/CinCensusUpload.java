package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A CIN census file as read, before it is set beside what CYPF holds: each {@code <Child>} as the census's own
 * {@link CinCensus.Child} (the one mapping the export writes), with the line each of its parts starts on so every
 * issue names where it is; and every issue found so far ({@link RowErrors}: the file is {@link #file}, the line the
 * XML line, the column the element's path in the child).
 */
public final class CinCensusUpload {
    private final int collectionYear;
    private final String file;
    private final RowErrors errors = new RowErrors();
    private final List<Entry> children = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public CinCensusUpload(int collectionYear, String file) {
        this.collectionYear = collectionYear;
        this.file = file;
    }

    /**
     * One {@code <Child>} read.
     *
     * @param line              the line its {@code <Child>} starts on
     * @param child             what it says, in the census's terms (null fields: left out or unreadable)
     * @param expectedBirthDate ExpectedPersonBirthDate (an unborn child), or null
     * @param sexAsWritten      Sex or GenderCurrent as written, or null
     * @param lines             the line each of its CINdetails and their parts start on
     */
    public record Entry(int line, CinCensus.Child child, LocalDate expectedBirthDate, String sexAsWritten,
                        List<EpisodeLines> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }

        /** The line of CINdetails {@code i} (0-based), or the child's own line. */
        public EpisodeLines episode(int i) {
            return i < lines.size() ? lines.get(i) : new EpisodeLines(line, List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Where a CINdetails and each of its Assessments, CINPlanDates, Section47 and ChildProtectionPlans start. */
    public record EpisodeLines(int line, List<Integer> assessments, List<Integer> cinPlans, List<Integer> section47s,
                               List<Integer> plans) {
        public EpisodeLines {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            plans = List.copyOf(plans);
        }

        public static int at(List<Integer> lines, int i, int otherwise) {
            return i < lines.size() ? lines.get(i) : otherwise;
        }
    }

    public int collectionYear() {
        return collectionYear;
    }

    public String file() {
        return file;
    }

    public RowErrors errors() {
        return errors;
    }

    public void add(Entry entry) {
        children.add(entry);
    }

    public List<Entry> children() {
        return List.copyOf(children);
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** An error about the child {@code child} (LAchildID as written, or null) at {@code line}, element {@code path}. */
    public void error(String child, int line, String path, String rule, String reason) {
        errors.childAt(file, line, child);
        errors.add(file, line, path, rule, reason);
    }

    /** A query the DfE would raise: shown, never blocking. */
    public void query(String child, int line, String path, String rule, String reason) {
        errors.childAt(file, line, child);
        errors.warn(file, line, path, rule, reason);
    }

    /**
     * A finding about the return as a whole (a DfE rule that counts across every child, e.g. 2883 or 2887Q): no child
     * and no line (line 0, the file), {@code path} the element the rule counts. Reported once, as a warning: the import
     * judges child by child, and a count over the whole return cannot be pinned on one child, so it never holds one
     * back, even where the DfE would refuse the return for it (its message then says so).
     */
    public void returnFinding(String path, String rule, String reason) {
        errors.warn(file, 0, path, rule, reason);
    }

    /** What a domain check refused of the child, each field at its element's path ({@code path}), rule and all. */
    public void refused(String child, int line, org.cypf.kernel.problem.InvalidInput refused,
                        java.util.function.Function<String, String> path) {
        errors.childAt(file, line, child);
        errors.addAll(file, line, refused, path);
    }

    /** An error about the whole file: nothing is stored. */
    public void fileError(String reason) {
        errors.addFile(file, reason);
    }
}
