package org.cypf.socialcare.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SSDA903 code lists by collection year. Codes change between years (placement types changed in 2024-25 and
 * 2025-26), so a code is valid or not for the collection year of the date it applies from, not for ever.
 * Kept as reference data in a CSV beside this class, so next year's change is a data change.
 */
public final class Ssda903Codes {
    private record Entry(Ssda903CodeList list, String code, Integer firstYear, Integer lastYear, String label) {
        boolean validIn(int year) {
            return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
        }
    }

    private static final Ssda903Codes STANDARD = load("ssda903-code-lists.csv");
    private final List<Entry> entries;

    private Ssda903Codes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The DfE's lists as published for 2022-23 to 2025-26. */
    public static Ssda903Codes standard() {
        return STANDARD;
    }

    /** The collection year (named by the year it starts, 1 April) that {@code date} falls in. */
    public static int collectionYear(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    public boolean isValid(Ssda903CodeList list, String code, LocalDate on) {
        return find(list, code).filter(e -> e.validIn(collectionYear(on))).isPresent();
    }

    public Optional<String> label(Ssda903CodeList list, String code) {
        return find(list, code).map(Entry::label);
    }

    /** The reason a code is refused, for the field's error message; empty when it is valid. */
    public Optional<String> refusal(Ssda903CodeList list, String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        Optional<Entry> entry = find(list, code);
        if (entry.isEmpty()) {
            return Optional.of("is not an SSDA903 " + list.name().toLowerCase().replace('_', ' ') + " code");
        }
        int year = collectionYear(on);
        return entry.get().validIn(year) ? Optional.empty()
                : Optional.of("is not valid in the " + year + "-" + String.format("%02d", (year + 1) % 100) + " collection year");
    }

    private Optional<Entry> find(Ssda903CodeList list, String code) {
        return entries.stream().filter(e -> e.list() == list && e.code().equals(code)).findFirst();
    }

    private static Ssda903Codes load(String resource) {
        try (InputStream in = Ssda903Codes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 5);
                entries.add(new Entry(Ssda903CodeList.valueOf(f[0]), f[1], year(f[2]), year(f[3]), f[4]));
            }
            return new Ssda903Codes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }
}
