package org.cypf.socialcare.shared.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The machinery shared by the national returns' code lists (SSDA903, CIN census): codes by collection year, read from
 * a CSV of {@code list,code,first year,last year,label} lines ({@code #} comments; a year names the collection year
 * it starts, 1 April; blank first = since before the oldest year held, blank last = still current).
 */
final class CodeListTable<L extends Enum<L>> {
    private record Entry<L>(L list, String code, Integer firstYear, Integer lastYear, String label) {
        boolean validIn(int year) {
            return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
        }
    }

    private final List<Entry<L>> entries;
    /** Each list's entries by code: a return checks several codes a row, so a code is found, not searched for. */
    private final Map<L, Map<String, Entry<L>>> byCode = new HashMap<>();

    private CodeListTable(List<Entry<L>> entries) {
        this.entries = List.copyOf(entries);
        for (Entry<L> e : this.entries) {
            byCode.computeIfAbsent(e.list(), l -> new HashMap<>()).putIfAbsent(e.code(), e);
        }
    }

    /** Reads {@code resource} beside {@code anchor}; each line's list name is read by {@code listOf}. */
    static <L extends Enum<L>> CodeListTable<L> load(Class<?> anchor, String resource, Function<String, L> listOf) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry<L>> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 5);
                entries.add(new Entry<>(listOf.apply(f[0]), f[1], year(f[2]), year(f[3]), f[4]));
            }
            return new CodeListTable<>(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The collection year (named by the year it starts, 1 April) that {@code date} falls in. */
    static int collectionYear(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    boolean isValid(L list, String code, LocalDate on) {
        return find(list, code).filter(e -> e.validIn(collectionYear(on))).isPresent();
    }

    Optional<String> label(L list, String code) {
        return find(list, code).map(Entry::label);
    }

    List<String> codes(L list, LocalDate on) {
        int year = collectionYear(on);
        return entries.stream().filter(e -> e.list() == list && e.validIn(year)).map(Entry::code).toList();
    }

    /**
     * The reason a code is refused, for the field's error message; empty when it is valid.
     *
     * @param unknown the words for a code the list does not have, e.g. "is not an SSDA903 legal status code"
     */
    Optional<String> refusal(L list, String code, LocalDate on, String unknown) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        Optional<Entry<L>> entry = find(list, code);
        if (entry.isEmpty()) {
            return Optional.of(unknown);
        }
        int year = collectionYear(on);
        return entry.get().validIn(year) ? Optional.empty()
                : Optional.of("is not valid in the " + year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100)
                        + " collection year");
    }

    private Optional<Entry<L>> find(L list, String code) {
        return Optional.ofNullable(byCode.getOrDefault(list, Map.of()).get(code));
    }

    private static Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }
}
