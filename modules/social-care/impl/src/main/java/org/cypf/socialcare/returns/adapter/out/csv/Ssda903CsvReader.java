package org.cypf.socialcare.returns.adapter.out.csv;

import org.cypf.platform.csv.Csv;
import static org.cypf.socialcare.shared.domain.Ssda903CodeList.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.socialcare.shared.domain.PlacementType;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.returns.port.Ssda903Reader;
import org.cypf.socialcare.shared.domain.Ssda903CodeList;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A return's CSV files read row by row: each file recognised by its header, each field checked on its own (codes
 * through the domain's code lists, placements through the period of care's rules), every mistake kept as a row
 * error of the upload. The checks across files and against the records held are the domain's and the application's.
 * At most {@value #MAX_ROWS} rows are read from all the files together: more is refused before the rest is read.
 */
public final class Ssda903CsvReader implements Ssda903Reader {
    /** The most rows (besides each file's column header) the files of one import may hold together. */
    public static final int MAX_ROWS = 200_000;
    /** A UPN's shape as the DfE's rule 168 reads it, or a "no UPN" reason. */
    static final String UPN_RETURNED = "[A-HJ-NP-RT-Z][0-9]{12}|[A-HJ-NP-RT-Z][0-9]{11}[A-Z]|UN[1-5]";

    /** The patterns every row is checked against, compiled once (not once a row, as {@code String.matches} would). */
    private static final java.util.regex.Pattern UPN_SHAPE = java.util.regex.Pattern.compile(UPN_RETURNED);
    private static final java.util.regex.Pattern NO_UPN = java.util.regex.Pattern.compile("UN[1-5]");
    /**
     * Whether {@code text} is a CHILD: 1 to 10 ASCII letters or digits ({@code [A-Za-z0-9]{1,10}}), checked by hand as
     * every row of every file names one.
     */
    static boolean childRef(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
    private static final java.util.regex.Pattern ETHNIC = java.util.regex.Pattern.compile("[A-Z]{4}");

    /**
     * The DfE rule that refuses a value of a file's column that cannot be read as a date or is not in its code list
     * (the DfE's "is not a valid date" and "is not a valid code" rules). A column not named has no such rule: a value
     * CYPF cannot read there is {@link Ssda903OwnChecks#FORMAT}.
     */
    static final Map<Ssda903File, Map<String, String>> VALUE_RULES = Map.of(
            Ssda903File.HEADER, Map.of("SEX", "101", "DOB", "102", "ETHNIC", "103", "MOTHER", "165", "MC_DOB", "171"),
            Ssda903File.EPISODES, Map.of("DECOM", "141", "RNE", "143", "LS", "144", "CIN", "145", "PLACE", "146",
                    "PLACE_PROVIDER", "178", "DEC", "147", "REC", "149", "REASON_PLACE_CHANGE", "1009"),
            Ssda903File.REVIEWS, Map.of("REVIEW", "166", "REVIEW_CODE", "167"),
            Ssda903File.UASC, Map.of("DUC", "104"),
            Ssda903File.MISSING, Map.of("MISSING", "1006"),
            Ssda903File.OC3, Map.of("IN_TOUCH", "131", "ACTIV", "132", "ACCOM", "133"),
            Ssda903File.AD1, Map.of("DATE_INT", "112", "DATE_MATCH", "113", "FOSTER_CARE", "114", "NB_ADOPTR", "175",
                    "SEX_ADOPTR", "176", "LS_ADOPTR", "177"),
            Ssda903File.PLACED_ADOPTION, Map.of("DATE_PLACED", "115", "DATE_PLACED_CEASED", "116",
                    "REASON_PLACED_CEASED", "120"),
            Ssda903File.PREV_PERM, Map.of("PREV_PERM", "631", "DATE_PERM", "632"));
    /**
     * The columns whose DfE value rule also refuses a blank; a blank in any other column CYPF needs is
     * {@link Ssda903OwnChecks#REQUIRED} (its DfE rule checks only a value that is given).
     */
    static final Map<Ssda903File, Set<String>> BLANK_REFUSED = Map.of(Ssda903File.HEADER, Set.of("SEX", "DOB"),
            Ssda903File.REVIEWS, Set.of("REVIEW", "REVIEW_CODE"), Ssda903File.OC3, Set.of("IN_TOUCH"));

    /** The DfE rule refusing a value of {@code column} in {@code kind}, else CYPF's own {@code FORMAT}. */
    static String valueRule(Ssda903File kind, String column) {
        return VALUE_RULES.getOrDefault(kind, Map.of()).getOrDefault(column, Ssda903OwnChecks.FORMAT);
    }

    /** The rule refusing a blank {@code column} in {@code kind}. */
    static String blankRule(Ssda903File kind, String column) {
        return BLANK_REFUSED.getOrDefault(kind, Set.of()).contains(column) ? valueRule(kind, column)
                : Ssda903OwnChecks.REQUIRED;
    }
    private static final Set<String> ONE_TWO = Set.of("1", "2");
    private static final Set<String> ZERO_ONE = Set.of("0", "1");

    private final Ssda903Codes codes;
    private final int maxRows;

    public Ssda903CsvReader(Ssda903Codes codes) {
        this(codes, MAX_ROWS);
    }

    Ssda903CsvReader(Ssda903Codes codes, int maxRows) {
        this.codes = codes;
        this.maxRows = maxRows;
    }

    @Override
    public Ssda903Upload read(CollectionYear year, List<CsvFile> files) {
        return new Reading(new Ssda903Upload(year)).read(files);
    }

    /**
     * A file's rows already split into fields, as another layout of the return holds them (the XML layout's
     * elements): {@code lines} begins with the column header, and each line keeps the number an error will name.
     */
    public record Table(Ssda903File kind, String name, List<Csv.Line> lines) {
        public Table {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Checks rows read from another layout exactly as the CSV files' rows are checked, into {@code upload} (which may
     * already hold that layout's own file errors): the same rows, the same errors, whatever the layout.
     */
    public Ssda903Upload read(Ssda903Upload upload, List<Table> tables) {
        Map<Ssda903File, List<Csv.Line>> found = new EnumMap<>(Ssda903File.class);
        Map<Ssda903File, String> names = new EnumMap<>(Ssda903File.class);
        tables.forEach(t -> {
            found.put(t.kind(), t.lines());
            names.put(t.kind(), t.name());
        });
        return new Reading(upload).check(found, names);
    }

    /** One import's reading: its upload, and the collection year's first and last days every check uses. */
    private final class Reading {
        final Ssda903Upload upload;
        final RowErrors errors;
        final LocalDate from;
        final LocalDate to;

        Reading(Ssda903Upload upload) {
            this.upload = upload;
            this.errors = upload.errors();
            this.from = upload.year().from();
            this.to = upload.year().to();
        }

        Ssda903Upload read(List<CsvFile> files) {
            Map<Ssda903File, List<Csv.Line>> found = new EnumMap<>(Ssda903File.class);
            Map<Ssda903File, String> names = new EnumMap<>(Ssda903File.class);
            int rows = 0;
            for (CsvFile file : files) {
                String name = file.name() == null || file.name().isBlank() ? "file" : file.name();
                List<Csv.Line> lines;
                try {
                    lines = Csv.read(file.content() == null ? "" : file.content(), maxRows - rows + 1);
                } catch (IllegalArgumentException e) {
                    errors.addFile(name, "is not valid CSV: " + e.getMessage());
                    continue;
                }
                rows += Math.max(0, lines.size() - 1);
                if (rows > maxRows) {
                    throw InvalidInput.of(name, "takes the files past " + maxRows + " rows, the most one import may hold: "
                            + "send the return in parts");
                }
                if (lines.isEmpty()) {
                    errors.addFile(name, "is empty: an SSDA903 file has at least its header row");
                    continue;
                }
                Ssda903File kind = Ssda903File.recognise(lines.getFirst().fields());
                if (kind == null) {
                    errors.addFile(name, "the columns are not those of any SSDA903 file (header, episodes, reviews, "
                            + "uasc, missing, oc2, oc3, ad1, placed_adoption, prev_perm)");
                    continue;
                }
                if (found.containsKey(kind)) {
                    errors.addFile(name, "is a second " + kind.fileName() + " (the first was " + names.get(kind) + ")");
                    continue;
                }
                names.put(kind, name);
                found.put(kind, lines);
            }
            return check(found, names);
        }

        /** Checks each file's rows (the column header first), files in the DfE's order. */
        Ssda903Upload check(Map<Ssda903File, List<Csv.Line>> found, Map<Ssda903File, String> names) {
            found.forEach((kind, lines) -> {
                String name = names.get(kind);
                upload.recognised(kind, name, lines.size() - 1);
                List<String> header = lines.getFirst().fields().stream().map(String::strip).toList();
                int childColumn = header.indexOf("CHILD");
                // Each column's place, found once a file: a row is read into an array, not a map of its own.
                Map<String, Integer> columns = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    columns.put(header.get(i), i);
                }
                for (Csv.Line line : lines.subList(1, lines.size())) {
                    if (childColumn >= 0 && childColumn < line.fields().size()) {
                        String child = line.fields().get(childColumn).strip();
                        errors.childAt(name, line.number(), child.isEmpty() ? null : child);
                    }
                    if (line.fields().size() != header.size()) {
                        errors.add(name, line.number(), null, Ssda903OwnChecks.FORMAT, "has " + line.fields().size()
                                + " fields; the header has " + header.size());
                        continue;
                    }
                    String[] row = new String[header.size()];
                    for (int i = 0; i < row.length; i++) {
                        String value = line.fields().get(i).strip();
                        row[i] = value.isEmpty() ? null : value;
                    }
                    parse(kind, new Fields(kind, name, line.number(), columns, row));
                }
            });
            Integer oc2 = upload.rowCounts().get(Ssda903File.OC2);
            if (oc2 != null && oc2 > 0) {
                upload.note(oc2 + " OC2 rows were read but not stored: health records its OC2 fields itself and "
                        + "CONVICTED is recorded per child and year (ADR 0077), so an export fills OC2 from those");
            }
            return upload;
        }

        /** One row's fields, read with the column named in each error. */
        private final class Fields {
            final Ssda903File kind;
            final String file;
            final int line;
            final Map<String, Integer> columns;
            final String[] row;
            final Violations v = new Violations();

            Fields(Ssda903File kind, String file, int line, Map<String, Integer> columns, String[] row) {
                this.kind = kind;
                this.file = file;
                this.line = line;
                this.columns = columns;
                this.row = row;
            }

            String text(String column, boolean required) {
                Integer at = columns.get(column);
                String value = at == null ? null : row[at];
                if (value == null && required) {
                    v.add(column, RowErrors.naming(blankRule(kind, column), "is required"));
                }
                return value;
            }

            String child() {
                String child = text("CHILD", true);
                if (child != null && !childRef(child)) {
                    refuse("CHILD", Ssda903OwnChecks.CHILD, "must be 1 to 10 letters or digits");
                }
                return child;
            }

            LocalDate date(String column, boolean required) {
                String value = text(column, required);
                if (value == null) {
                    return null;
                }
                try {
                    return Ssda903Text.date(value);
                } catch (DateTimeParseException e) {
                    refuse(column, valueRule(kind, column), "expected a date as dd/mm/yyyy");
                    return null;
                }
            }

            String code(String column, Ssda903CodeList list, LocalDate on, boolean required) {
                String value = text(column, required);
                if (value != null) {
                    codes.refusal(list, value, on == null ? to : on).ifPresent(r -> refuse(column, valueRule(kind, column), r));
                }
                return value;
            }

            String oneOf(String column, Set<String> allowed, boolean required) {
                String value = text(column, required);
                if (value != null && !allowed.contains(value)) {
                    refuse(column, valueRule(kind, column), "must be one of " + allowed.stream().sorted().toList());
                }
                return value;
            }

            /** Refuses {@code column} for {@code reason}, naming {@code rule} (a DfE rule or a code of CYPF's own). */
            void refuse(String column, String rule, String reason) {
                v.add(column, RowErrors.naming(rule, reason));
            }

            boolean done() {
                errors.addAll(file, line, v);
                return v.isEmpty();
            }
        }

        private void parse(Ssda903File kind, Fields f) {
            switch (kind) {
                case HEADER -> {
                    String child = f.child();
                    String sex = f.oneOf("SEX", ONE_TWO, true);
                    LocalDate dob = f.date("DOB", true);
                    String ethnic = f.text("ETHNIC", false);
                    if (ethnic != null && !ETHNIC.matcher(ethnic).matches()) {
                        f.refuse("ETHNIC", "103", "must be a four-letter DfE ethnicity code such as WBRI");
                    }
                    // NOBT, the DfE's "not yet obtained" (what an export writes for none held), is no ethnicity.
                    ethnic = "NOBT".equals(ethnic) ? null : ethnic;
                    String upn = f.text("UPN", false);
                    boolean upnWarning = false;
                    if (upn != null && !UPN_SHAPE.matcher(upn).matches()) {
                        f.refuse("UPN", "168", "must be a letter (not I, O or S) and 12 digits, or 11 digits and a "
                                + "letter, or a \"no UPN\" reason UN1-UN5");
                    } else if (upn != null && !NO_UPN.matcher(upn).matches() && !UniquePupilNumber.isValid(upn)) {
                        upnWarning = true;
                    }
                    String mother = f.oneOf("MOTHER", ZERO_ONE, false);
                    LocalDate mcDob = f.date("MC_DOB", false);
                    if (mcDob != null && !"1".equals(mother)) {
                        f.refuse("MC_DOB", "612", "is given only when MOTHER is 1");
                    }
                    if (dob != null && dob.isAfter(to)) {
                        f.refuse("DOB", Ssda903OwnChecks.YEAR, "must not be after the collection year");
                    }
                    if (!f.v.isEmpty() && child != null) {
                        upload.headerRefused(child, f.line, f.v.list().getFirst().field() + " "
                                + f.v.list().getFirst().reason());
                    }
                    if (f.done()) {
                        if (upnWarning) {
                            errors.warn(f.file, f.line, "UPN", Ssda903OwnChecks.UPN_CHECK_LETTER, "the check letter does not match the rest of the "
                                    + "UPN (the DfE's UPN check-letter rule): the UPN is kept as returned, not as the "
                                    + "child's UPN; correct it at source");
                        }
                        upload.add(new Ssda903Rows.Header(f.line, child, sex, dob, ethnic, upn, mother, mcDob));
                    }
                }
                case EPISODES -> {
                    String child = f.child();
                    LocalDate decom = f.date("DECOM", true);
                    String rne = f.code("RNE", REASON_NEW_EPISODE, decom, true);
                    String ls = f.code("LS", LEGAL_STATUS, decom, true);
                    String cin = f.code("CIN", CATEGORY_OF_NEED, decom, true);
                    String place = f.code("PLACE", PLACEMENT_TYPE, decom, true);
                    // T0-T4 and Z1 have no provider: PLACE_PROVIDER blank (DfE rules 213, 178), needed for any other.
                    boolean noProvider = place != null && PlacementType.of(place).hasNoProvider();
                    String provider = f.code("PLACE_PROVIDER", PLACEMENT_PROVIDER, decom, !noProvider);
                    if (noProvider && provider != null) {
                        f.v.add("PLACE_PROVIDER", PeriodOfCare.noProviderFor(place));
                    }
                    LocalDate dec = f.date("DEC", false);
                    String rec = f.code("REC", REASON_EPISODE_CEASED, dec, false);
                    // REASON_PLACE_CHANGE is on the episode that ENDS with X1 into a change of placement (DfE
                    // rule 225): whether it is needed depends on the next episode, checked with the child's history.
                    String rpc = f.code("REASON_PLACE_CHANGE", REASON_PLACE_CHANGE, decom, false);
                    if (rpc != null && place != null && PlacementType.of(place).isTemporary()) {
                        f.refuse("REASON_PLACE_CHANGE", "226", "must be blank for a temporary placement (T0-T4)");
                    }
                    String homePost = postcode(f, "HOME_POST");
                    String plPost = postcode(f, "PL_POST");
                    String urn = f.text("URN", false);
                    Violations placement = new Violations();
                    PeriodOfCare.checkUrn(placement, urn);
                    PeriodOfCare.checkPlacementFitsLegalStatus(placement, ls, place, provider);
                    placement.list().forEach(x -> f.v.add(switch (x.field()) {
                        case "placement.urn" -> "URN";
                        case "placement.provider" -> "PLACE_PROVIDER";
                        default -> "PLACE";
                    }, RowErrors.ruleIn(x.reason()) != null ? x.reason()
                            : RowErrors.naming(Ssda903OwnChecks.FORMAT, x.reason())));
                    // A temporary placement (T0-T4) neither starts nor ends a period of care, and lasts no longer
                    // than the DfE allows (DfE rules 380, 381, 375, 376, 379).
                    PeriodOfCare.checkTemporaryPlacement(rne, place, decom, dec, rec).list()
                            .forEach(x -> f.v.add(x.field(), x.reason()));
                    if (decom != null && decom.isAfter(to)) {
                        f.refuse("DECOM", "354", "must not be after the collection year (" + to + ")");
                    }
                    if (dec != null && dec.isBefore(from)) {
                        f.refuse("DEC", Ssda903OwnChecks.YEAR, "is before the collection year: the episode is not in this "
                                + "year's return");
                    } else if (dec != null && dec.isAfter(to)) {
                        f.refuse("DEC", Ssda903OwnChecks.YEAR, "must be blank for an episode open at the end of the "
                                + "collection year");
                    }
                    if (f.done()) {
                        upload.add(new Ssda903Rows.EpisodeRow(f.line, child, decom, rne, ls, cin, place, provider, dec, rec, rpc,
                                homePost, plPost, urn));
                    }
                }
                case REVIEWS -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    LocalDate review = f.date("REVIEW", true);
                    String code = f.code("REVIEW_CODE", REVIEW_CODE, review, true);
                    inYear(f, "REVIEW", review);
                    if (f.done()) {
                        upload.add(new Ssda903Rows.Review(f.line, child, dob, review, code));
                    }
                }
                case UASC -> {
                    String child = f.child();
                    String sex = f.oneOf("SEX", ONE_TWO, true);
                    LocalDate dob = f.date("DOB", true);
                    LocalDate duc = f.date("DUC", true);
                    if (duc != null && duc.isBefore(from)) {
                        // A child who ceased to be an UASC before the year is not in its UASC file.
                        f.refuse("DUC", "104", "must not be before the collection year (" + from + ")");
                    }
                    if (f.done()) {
                        upload.add(new Ssda903Rows.Uasc(f.line, child, sex, dob, duc));
                    }
                }
                case MISSING -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    LocalDate start = f.date("MIS_START", true);
                    String kindCode = f.code("MISSING", MISSING, start, true);
                    LocalDate end = f.date("MIS_END", false);
                    if (start != null && start.isAfter(to)) {
                        f.refuse("MIS_START", "570", "must not be after the collection year (" + to + ")");
                    }
                    if (end != null && end.isBefore(from)) {
                        f.refuse("MIS_END", "571", "is before the collection year: the episode is not in this year's "
                                + "return");
                    } else if (end != null && end.isAfter(to)) {
                        f.refuse("MIS_END", "571", "must be blank for a child still missing at the end of the "
                                + "collection year");
                    } else if (end != null && start != null && end.isBefore(start)) {
                        f.refuse("MIS_END", "567", "must not be before MIS_START");
                    }
                    if (f.done()) {
                        upload.add(new Ssda903Rows.Missing(f.line, child, dob, kindCode, start, end));
                    }
                }
                case OC3 -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    String inTouch = f.text("IN_TOUCH", true);
                    // 0 is how the DfE codes an item not given (rules 153, 344): held as blank.
                    String activity = notGiven(f.text("ACTIV", false));
                    String accommodation = notGiven(f.text("ACCOM", false));
                    Integer age = dob == null ? null : upload.ageInYear(dob);
                    if (dob != null && age == null) {
                        f.refuse("DOB", Ssda903OwnChecks.YEAR, "the young person has no 17th to 21st birthday in the "
                                + "collection year");
                    }
                    if (age != null && inTouch != null) {
                        Violations oc3 = new Violations();
                        BirthdayContact.check(age, inTouch, activity, accommodation, dob.plusYears(age), codes, oc3);
                        oc3.list().forEach(x -> {
                            String column = switch (x.field()) {
                                case "inTouch" -> "IN_TOUCH";
                                case "activity" -> "ACTIV";
                                case "accommodation" -> "ACCOM";
                                default -> "DOB";
                            };
                            // A code list's refusal is the column's DfE value rule; the others name their own.
                            f.v.add(column, RowErrors.ruleIn(x.reason()) != null ? x.reason()
                                    : RowErrors.naming(column.equals("DOB") ? Ssda903OwnChecks.YEAR
                                    : valueRule(Ssda903File.OC3, column), x.reason()));
                        });
                    }
                    if (f.done()) {
                        upload.add(new Ssda903Rows.Oc3(f.line, child, dob, inTouch, activity, accommodation));
                    }
                }
                case AD1 -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    LocalDate dateInt = f.date("DATE_INT", false);
                    LocalDate dateMatch = f.date("DATE_MATCH", false);
                    String foster = f.oneOf("FOSTER_CARE", ZERO_ONE, false);
                    String number = f.oneOf("NB_ADOPTR", ONE_TWO, false);
                    String sex = f.code("SEX_ADOPTR", SEX_OF_ADOPTERS, dateInt, false);
                    String ls = f.code("LS_ADOPTR", LEGAL_STATUS_OF_ADOPTERS, dateInt, false);
                    long given = java.util.stream.Stream.of(dateInt, dateMatch, foster, number, sex, ls)
                            .filter(java.util.Objects::nonNull).count();
                    if (f.done()) {
                        if (given > 0 && given < 6) {
                            // What is given is the child's and is stored; only a complete AD1 is written back.
                            errors.warn(f.file, f.line, null, "151", "gives " + given + " of the six AD1 items: the "
                                    + "DfE refuses an AD1 row unless all are coded or all blank; what is given is "
                                    + "stored, and the export writes AD1 once all six are held");
                        }
                        upload.add(new Ssda903Rows.Ad1(f.line, child, dob, dateInt, dateMatch, foster == null ? null : foster.equals("1"),
                                number == null ? null : Integer.valueOf(number), sex, ls));
                    }
                }
                case PLACED_ADOPTION -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    LocalDate placed = f.date("DATE_PLACED", true);
                    LocalDate ceased = f.date("DATE_PLACED_CEASED", false);
                    String reason = f.code("REASON_PLACED_CEASED", REASON_PLACED_CEASED, ceased, false);
                    if (placed != null && placed.isAfter(to)) {
                        f.refuse("DATE_PLACED", "117", "must not be after the collection year (" + to + ")");
                    }
                    if (ceased != null && ceased.isAfter(to)) {
                        f.refuse("DATE_PLACED_CEASED", "117", "must be blank when the decision still applied at the end "
                                + "of the collection year");
                    }
                    if (f.done()) {
                        upload.add(new Ssda903Rows.PlacedAdoption(f.line, child, dob, placed, ceased, reason));
                    }
                }
                case PREV_PERM -> {
                    String child = f.child();
                    LocalDate dob = f.date("DOB", true);
                    String prev = f.code("PREV_PERM", PREVIOUS_PERMANENCE, null, true);
                    String la = f.text("LA_PERM", false);
                    LocalDate date = f.date("DATE_PERM", false);
                    if (f.done()) {
                        upload.add(new Ssda903Rows.PrevPerm(f.line, child, dob, prev, la, date));
                    }
                }
                case OC2 -> {
                    // Read for its shape only: its values are recorded where they belong, not imported (noted).
                }
            }
        }

        private static String notGiven(String oc3Item) {
            return Ssda903CsvWriter.OC3_NOT_GIVEN.equals(oc3Item) ? null : oc3Item;
        }

        private void inYear(Fields f, String column, LocalDate date) {
            if (date != null && (date.isBefore(from) || date.isAfter(to))) {
                f.refuse(column, Ssda903OwnChecks.YEAR, "must fall in the collection year (" + from + " to " + to + ")");
            }
        }

        /** Each postcode text of the files checked once (a placement or home recurs); "" marks one refused. */
        private final Map<String, String> postcodes = new HashMap<>();

        private String postcode(Fields f, String column) {
            String text = f.text(column, false);
            if (text == null) {
                return null;
            }
            String normal = postcodes.computeIfAbsent(text, t -> Postcode.isValid(t) ? Postcode.parse(t).value() : "");
            if (normal.isEmpty()) {
                f.refuse(column, Ssda903OwnChecks.FORMAT, "is not a UK postcode");
                return null;
            }
            return normal;
        }
    }
}
