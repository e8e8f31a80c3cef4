package org.cypf.educationskills.exclusions.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cypf.educationskills.attendance.domain.AcademicYear;

/**
 * The DfE's reasons for a suspension or permanent exclusion by academic year, as the school census collects them.
 * Kept as reference data in {@code exclusion-reasons.csv} beside this class (ADR 0041 names the sources), so a
 * change of list is a data change. A code is valid or not for the academic year the exclusion starts in.
 */
public final class ExclusionReasons {
    private record Reason(String code, int first, Integer last, String label) {
        boolean validIn(int year) {
            return year >= first && (last == null || year <= last);
        }
    }

    private static final ExclusionReasons STANDARD = load("exclusion-reasons.csv");
    private final List<Reason> reasons;

    private ExclusionReasons(List<Reason> reasons) {
        this.reasons = List.copyOf(reasons);
    }

    /** The list as the DfE publishes it from 2020/21. */
    public static ExclusionReasons standard() {
        return STANDARD;
    }

    public Optional<String> label(String code) {
        return reasons.stream().filter(r -> r.code.equals(code)).map(Reason::label).findFirst();
    }

    /** The codes valid in {@code year}, in the order the reference data lists them. */
    public List<String> codes(AcademicYear year) {
        return reasons.stream().filter(r -> r.validIn(year.startYear())).map(Reason::code).toList();
    }

    /** Why {@code code} is refused for an exclusion starting in {@code year}; empty when it is valid. */
    public Optional<String> refusal(String code, AcademicYear year) {
        var known = reasons.stream().filter(r -> r.code.equals(code)).findFirst();
        if (known.isEmpty()) {
            return Optional.of("is not a DfE exclusion reason code (" + String.join(", ", codes(year)) + ")");
        }
        if (!known.get().validIn(year.startYear())) {
            return Optional.of("is not a DfE exclusion reason code in " + year);
        }
        return Optional.empty();
    }

    private static ExclusionReasons load(String resource) {
        try (InputStream in = ExclusionReasons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            List<Reason> reasons = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                reasons.add(new Reason(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : Integer.parseInt(f[2]),
                        f[3]));
            }
            return new ExclusionReasons(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
