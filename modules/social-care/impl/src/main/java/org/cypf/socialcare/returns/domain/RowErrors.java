package org.cypf.socialcare.returns.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * The errors and warnings of an import, every one of them (an import is at most 200 000 rows, so the list is
 * bounded by the upload's own limit). Each is about a row ({@code <file>[<line>].<COLUMN>}: the file as the client
 * named it, the line as a spreadsheet shows it, the header being line 1) and so about the child the row names, or
 * about a whole file. An <b>error</b> holds back the child it is about (all their rows, so no child is half
 * imported); a <b>warning</b> is a query the DfE would raise and never blocks. An error about a whole file stores
 * nothing at all.
 */
public final class RowErrors {
    /** An error holds back its child; a warning never blocks. */
    public enum Severity { ERROR, WARNING }

    /**
     * One issue: the row's CHILD (null when none could be read), the file, the line (0: the whole file), the column
     * (null: the whole row), the DfE rule it enforces (null: CYPF's own check), what is wrong, and its severity.
     */
    public record ImportIssue(String child, String file, int line, String column, String rule, String message,
                              Severity severity) {
        /** {@code <file>[<line>].<COLUMN>}, or the file alone. */
        public String field() {
            return line == 0 ? file : file + "[" + line + "]" + (column == null ? "" : "." + column);
        }
    }

    private final List<ImportIssue> issues = new ArrayList<>();
    /**
     * The code an error gets when its check enforces no DfE rule (null: none). A return whose own checks have codes
     * (SSDA903: {@code CYPF-...}, never a DfE number) names them; the rest keep the rule blank.
     */
    private final String ownCheck;

    /** Issues whose checks of CYPF's own carry no code. */
    public RowErrors() {
        this(null);
    }

    /** Issues whose checks of CYPF's own carry {@code ownCheck} unless the check names a code of its own. */
    public RowErrors(String ownCheck) {
        this.ownCheck = ownCheck;
    }
    /**
     * The CHILD each row names, by file and then line (an array indexed by line: no key made a row), so an issue
     * found about a row is charged to its child.
     */
    private final Map<String, String[]> childOfLine = new HashMap<>();
    private boolean fileErrors;
    /** The errors so far and the children they hold back, kept as they are added (an import checks them per row). */
    private int errorCount;
    private final Set<String> heldBack = new LinkedHashSet<>();

    /** Records that line {@code line} of {@code file} is about {@code child} (as the row wrote it). */
    public void childAt(String file, int line, String child) {
        if (child != null && line >= 0) {
            String[] children = childOfLine.get(file);
            if (children == null || line >= children.length) {
                children = java.util.Arrays.copyOf(children == null ? new String[0] : children,
                        Math.max(line + 1, children == null ? 1024 : children.length * 2));
                childOfLine.put(file, children);
            }
            children[line] = child;
        }
    }

    /** The CHILD of a row, or null when it named none. */
    public String childAt(String file, int line) {
        String[] children = childOfLine.get(file);
        return children == null || line < 0 || line >= children.length ? null : children[line];
    }

    /**
     * An error: of CYPF's own (the row cannot be read, or contradicts what is held), or of the DfE's rule its reason
     * names as "(DfE rule N)".
     */
    public void add(String file, int line, String column, String reason) {
        add(file, line, column, ruleIn(reason), reason);
    }

    /** An error enforcing the DfE's rule {@code rule}. */
    public void add(String file, int line, String column, String rule, String reason) {
        String code = rule != null ? rule : ownCheck;
        error(new ImportIssue(childAt(file, line), file, line, column, code, withRule(code, reason), Severity.ERROR));
    }

    private void error(ImportIssue issue) {
        issues.add(issue);
        errorCount++;
        if (issue.child() != null) {
            heldBack.add(issue.child());
        }
    }

    /** A warning (a query the DfE would raise) under its rule: shown, never blocking. */
    public void warn(String file, int line, String column, String rule, String reason) {
        String code = rule != null ? rule : ownCheck;
        issues.add(new ImportIssue(childAt(file, line), file, line, column, code, withRule(code, reason),
                Severity.WARNING));
    }

    /** An error about a whole file (not CSV, empty, a second file of a kind): nothing is stored. */
    public void addFile(String file, String reason) {
        fileErrors = true;
        error(new ImportIssue(null, file, 0, null, null, reason, Severity.ERROR));
    }

    /**
     * The domain's violations (by its field names) as row errors, each field mapped to its column; one whose reason
     * names a DfE query (a rule ending Q) is a warning: the DfE only queries it, so an import never holds a child
     * back for it.
     */
    public void addAll(String file, int line, InvalidInput refused, Function<String, String> column) {
        refused.violations().forEach(v -> {
            String rule = ruleIn(v.reason());
            if (rule != null && rule.endsWith("Q")) {
                warn(file, line, column.apply(v.field()), rule, v.reason());
            } else {
                add(file, line, column.apply(v.field()), rule, v.reason());
            }
        });
    }

    /** Runs {@code check} and records what it refuses; true when it passed. */
    public boolean check(String file, int line, Function<String, String> column, Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidInput refused) {
            addAll(file, line, refused, column);
            return false;
        }
    }

    /** The violations a parse collected, as row errors. */
    public void addAll(String file, int line, Violations v) {
        v.list().forEach(x -> add(file, line, x.field(), ruleIn(x.reason()), x.reason()));
    }

    /** The errors found so far (warnings aside). */
    public int count() {
        return errorCount;
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** The errors found about {@code child} so far. */
    public boolean hasErrors(String child) {
        return heldBack.contains(child);
    }

    /** The children held back: those an error is about. */
    public Set<String> heldBack() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(heldBack));
    }

    /** The first error found about {@code child}'s row at {@code file} line {@code line}, or null. */
    public ImportIssue firstError(String file, int line) {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR && i.file().equals(file) && i.line() == line)
                .findFirst().orElse(null);
    }

    /** Every issue, by file, then line, then the order found. */
    public List<ImportIssue> all() {
        List<ImportIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparing(ImportIssue::file).thenComparingInt(ImportIssue::line));
        return sorted;
    }

    /** Refuses the whole import when a file could not be read: every issue is listed, nothing is stored. */
    public void throwIfFileErrors() {
        if (fileErrors) {
            List<FieldViolation> all = new ArrayList<>();
            all().stream().filter(i -> i.severity() == Severity.ERROR)
                    .forEach(i -> all.add(new FieldViolation(i.field(), i.message())));
            throw new InvalidInput(all);
        }
    }

    /**
     * A reason that names its rule ("... (DfE rule 225)") keeps it; the rule is also given apart. A check of CYPF's
     * own ({@link #isOwnCheck}) says so, so that no one looks its code up among the DfE's rules.
     */
    private static String withRule(String rule, String reason) {
        if (rule == null || reason.contains("DfE rule " + rule) || reason.contains("(" + rule)) {
            return reason;
        }
        return reason + (isOwnCheck(rule) ? " (" + rule + ": CYPF's own check, no DfE rule)" : " (DfE rule " + rule + ")");
    }

    /** A code of CYPF's own check ({@code CYPF-...}), not a DfE rule number. */
    public static boolean isOwnCheck(String rule) {
        return rule != null && rule.startsWith("CYPF-");
    }

    /** {@code reason} naming {@code rule}, a DfE rule number or the code of a check of CYPF's own. */
    public static String naming(String rule, String reason) {
        return withRule(rule, reason);
    }

    /**
     * The rule a domain's reason names, as "(DfE rule N)", or the code of a check of CYPF's own as
     * "(CYPF-...: ...)", or null.
     */
    public static String ruleIn(String reason) {
        int at = reason.indexOf("(DfE rule ");
        if (at < 0) {
            int own = reason.indexOf("(CYPF-");
            int end = own < 0 ? -1 : reason.indexOf(':', own);
            return end < 0 ? null : reason.substring(own + 1, end);
        }
        int end = reason.indexOf(')', at);
        return end < 0 ? null : reason.substring(at + "(DfE rule ".length(), end);
    }
}
