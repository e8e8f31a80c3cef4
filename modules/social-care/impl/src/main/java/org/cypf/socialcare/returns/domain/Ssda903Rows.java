package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a return's SSDA903 files as values, file by file in the order they are (or will be) in their file. A
 * row's {@code line} is where it stands in its file, counting the column header as line 1, so that an error names
 * the line a spreadsheet shows. The same rows are read from an import and written by an export.
 */
public final class Ssda903Rows {

    /** A row of one of the files: every file names the child (CHILD) it is about. */
    public sealed interface Row permits Header, EpisodeRow, Review, Uasc, Missing, Oc2, Oc3, Ad1, PlacedAdoption,
            PrevPerm {
        int line();

        String child();

        /** The file the row belongs in. */
        default Ssda903File file() {
            return switch (this) {
                case Header h -> Ssda903File.HEADER;
                case EpisodeRow e -> Ssda903File.EPISODES;
                case Review r -> Ssda903File.REVIEWS;
                case Uasc u -> Ssda903File.UASC;
                case Missing m -> Ssda903File.MISSING;
                case Oc2 o -> Ssda903File.OC2;
                case Oc3 o -> Ssda903File.OC3;
                case Ad1 a -> Ssda903File.AD1;
                case PlacedAdoption p -> Ssda903File.PLACED_ADOPTION;
                case PrevPerm p -> Ssda903File.PREV_PERM;
            };
        }
    }

    public record Header(int line, String child, String sex, LocalDate dob, String ethnic, String upn, String mother,
                         LocalDate motherChildDob) implements Row {}

    public record EpisodeRow(int line, String child, LocalDate decom, String rne, String ls, String cin, String place,
                             String provider, LocalDate dec, String rec, String reasonPlaceChange, String homePost,
                             String placementPost, String urn) implements Row {}

    public record Review(int line, String child, LocalDate dob, LocalDate review, String code) implements Row {}

    public record Uasc(int line, String child, String sex, LocalDate dob, LocalDate duc) implements Row {}

    public record Missing(int line, String child, LocalDate dob, String kind, LocalDate start, LocalDate end)
            implements Row {}

    /**
     * An OC2 row (children looked after continuously for twelve months at 31 March): 1 yes, 0 no; SDQ_SCORE 0 to 40
     * or SDQ_REASON SDQ1-SDQ5; HEALTH_CHECK for a child under 5 only; INTERVENTION_RECEIVED and INTERVENTION_OFFERED
     * only when SUBSTANCE_MISUSE is 1 (DfE rules 192, 193).
     */
    public record Oc2(int line, String child, LocalDate dob, Integer sdqScore, String sdqReason, Integer convicted,
                      Integer healthCheck, Integer immunisations, Integer teethCheck, Integer healthAssessment,
                      Integer substanceMisuse, Integer interventionReceived, Integer interventionOffered)
            implements Row {}

    public record Oc3(int line, String child, LocalDate dob, String inTouch, String activity, String accommodation)
            implements Row {}

    public record Ad1(int line, String child, LocalDate dob, LocalDate dateInt, LocalDate dateMatch, Boolean fosterCare,
                      Integer numberOfAdopters, String sexOfAdopters, String legalStatusOfAdopters) implements Row {}

    public record PlacedAdoption(int line, String child, LocalDate dob, LocalDate datePlaced,
                                 LocalDate datePlacedCeased, String reasonPlacedCeased) implements Row {}

    public record PrevPerm(int line, String child, LocalDate dob, String prevPerm, String laPerm, LocalDate datePerm)
            implements Row {}

    private final Map<Ssda903File, List<Row>> rows = new EnumMap<>(Ssda903File.class);

    public Ssda903Rows() {
        for (Ssda903File f : Ssda903File.values()) {
            rows.put(f, new ArrayList<>());
        }
    }

    /** Appends {@code row} to its file. */
    public void add(Row row) {
        rows.get(row.file()).add(row);
    }

    /** The line the next row appended to {@code file} will stand on (the first row is on line 2). */
    public int nextLine(Ssda903File file) {
        return rows.get(file).size() + 2;
    }

    /** The rows of {@code file}, in order (OC2's only from an export: an import reads OC2 for its shape only). */
    public List<Row> of(Ssda903File file) {
        return List.copyOf(rows.get(file));
    }

    public List<Header> headers() {
        return typed(Ssda903File.HEADER, Header.class);
    }

    public List<EpisodeRow> episodes() {
        return typed(Ssda903File.EPISODES, EpisodeRow.class);
    }

    public List<Review> reviews() {
        return typed(Ssda903File.REVIEWS, Review.class);
    }

    public List<Uasc> uasc() {
        return typed(Ssda903File.UASC, Uasc.class);
    }

    public List<Missing> missing() {
        return typed(Ssda903File.MISSING, Missing.class);
    }

    public List<Oc2> oc2() {
        return typed(Ssda903File.OC2, Oc2.class);
    }

    public List<Oc3> oc3() {
        return typed(Ssda903File.OC3, Oc3.class);
    }

    public List<Ad1> ad1() {
        return typed(Ssda903File.AD1, Ad1.class);
    }

    public List<PlacedAdoption> placedAdoption() {
        return typed(Ssda903File.PLACED_ADOPTION, PlacedAdoption.class);
    }

    public List<PrevPerm> prevPerm() {
        return typed(Ssda903File.PREV_PERM, PrevPerm.class);
    }

    private <R extends Row> List<R> typed(Ssda903File file, Class<R> type) {
        return rows.get(file).stream().map(type::cast).toList();
    }
}
