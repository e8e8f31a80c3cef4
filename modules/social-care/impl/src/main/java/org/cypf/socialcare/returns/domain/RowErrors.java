package org.cypf.socialcare.returns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * The row errors of an import, each named {@code <file>[<line>].<COLUMN>} (the file as the client named it, the line
 * as a spreadsheet shows it: the header is line 1). At most {@value #LIMIT} are kept, so a wrong file cannot make an
 * answer of millions of lines; the last says how many more there were.
 */
public final class RowErrors {
    public static final int LIMIT = 500;
    private final List<FieldViolation> errors = new ArrayList<>();
    private int more;

    public void add(String file, int line, String column, String reason) {
        if (errors.size() < LIMIT) {
            errors.add(new FieldViolation(file + "[" + line + "]" + (column == null ? "" : "." + column), reason));
        } else {
            more++;
        }
    }

    public void addFile(String file, String reason) {
        if (errors.size() < LIMIT) {
            errors.add(new FieldViolation(file, reason));
        } else {
            more++;
        }
    }

    /** The domain's violations (by its field names) as row errors, each field mapped to its SSDA903 column. */
    public void addAll(String file, int line, InvalidInput refused, Function<String, String> column) {
        refused.violations().forEach(v -> add(file, line, column.apply(v.field()), v.reason()));
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
        v.list().forEach(x -> add(file, line, x.field(), x.reason()));
    }

    /** The errors found so far (those past the limit included). */
    public int count() {
        return errors.size() + more;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            List<FieldViolation> all = new ArrayList<>(errors);
            if (more > 0) {
                all.add(new FieldViolation("$", more + " more row errors are not listed"));
            }
            throw new InvalidInput(all);
        }
    }
}
