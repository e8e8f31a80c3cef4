package org.cypf.educationskills.settings.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.educationskills.api.settings.TermDatesImported;
import org.cypf.educationskills.settings.port.SchoolDayDeadlines;
import org.cypf.educationskills.settings.port.TermDatesReader;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.educationskills.api.settings.PutTermDates;
import org.cypf.educationskills.api.settings.TermDatesHoliday;
import org.cypf.educationskills.api.settings.TermDatesTerm;
import org.cypf.educationskills.api.settings.TermDatesView;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.api.settings.SettingView;
import org.cypf.educationskills.api.settings.Settings;
import org.cypf.educationskills.api.settings.SettingsImported;
import org.cypf.educationskills.api.settings.SettingsPage;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.educationskills.settings.port.RegisterReader;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Settings' use cases. The register is organisations, not children's records: no child access check applies to it.
 * Term dates move children in care's PEP due dates, so writing them is authorised through the access port, decided for
 * the record type {@value Settings#TERM_DATES_RECORD} (no one child's record is opened) and audited in the same unit of
 * work as the change, which also counts the open PEPs' due dates again (ADR 0087).
 */
public final class SettingsService implements Settings {
    private final UnitOfWork unitOfWork;
    private final SettingsHeld held;
    private final RegisterReader reader;
    private final TermDatesHeld termDates;
    private final TermDatesReader termDatesReader;
    private final SchoolDayDeadlines deadlines;
    private final ContextRecordAccess access;

    /** Settings without term dates (the register and its pages only). */
    public SettingsService(UnitOfWork unitOfWork, SettingsHeld held, RegisterReader reader) {
        this(unitOfWork, held, reader, null, null, SchoolDayDeadlines.NONE, null);
    }

    /**
     * @param deadlines what is counted in school days from the term dates, counted again when they change
     * @param access    the access port, bound to the context, for writing term dates
     */
    public SettingsService(UnitOfWork unitOfWork, SettingsHeld held, RegisterReader reader, TermDatesHeld termDates,
                           TermDatesReader termDatesReader, SchoolDayDeadlines deadlines, ContextRecordAccess access) {
        this.unitOfWork = unitOfWork;
        this.held = held;
        this.reader = reader;
        this.termDates = termDates;
        this.termDatesReader = termDatesReader;
        this.deadlines = deadlines;
        this.access = access;
    }

    @Override
    public TermDatesView putTermDates(Caller caller, PutTermDates command) {
        var v = new Violations();
        Urn urn = v.optional("urn", command.urn(), Urn::parse);
        AcademicYear year = v.required("academicYear", command.academicYear(), SettingsService::year);
        List<SchoolTerm> terms = new ArrayList<>();
        if (command.terms() == null) {
            v.add("terms", "is required");
        } else {
            for (int i = 0; i < command.terms().size(); i++) {
                TermDatesTerm t = command.terms().get(i);
                terms.add(new SchoolTerm(v.required("terms[" + i + "].term", t.term(), SettingsService::term),
                        t.firstDay(), t.lastDay()));
            }
        }
        List<SchoolHoliday> holidays = command.holidays() == null ? List.of() : command.holidays().stream()
                .map(h -> new SchoolHoliday(h.name() == null ? null : h.name().strip(), h.firstDay(), h.lastDay()))
                .toList();
        if (v.isEmpty()) {
            TermDates.check(v, year, terms, holidays);
        }
        v.throwIfAny(); // checked before anything is authorised: refused input writes nothing, not even an audit row
        Integer setting = urn == null ? null : urn.value();
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, new RecordIntent(TERM_DATES_RECORD, RecordAction.UPDATE,
                    "putting a school year's term dates, from which PEP due dates are counted"), List.of());
            if (urn != null && held.find(List.of(urn)).isEmpty()) {
                throw new NotFound("no setting with this URN: import the establishment register first");
            }
            TermDates dates = new TermDates(setting, year, terms, holidays);
            if (!sameDates(termDates.of(setting, year), dates)) {
                termDates.put(dates);
                deadlines.termDatesChanged(setting == null ? Set.of() : Set.of(setting), setting == null);
            }
            return view(setting, dates);
        });
    }

    @Override
    public TermDatesImported importTermDates(Caller caller, String csv) {
        TermDatesReader.Read read = termDatesReader.read(csv); // a refused file throws before anything is authorised
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, new RecordIntent(TERM_DATES_RECORD, RecordAction.IMPORT,
                    "loading term dates, from which PEP due dates are counted"), List.of());
            List<Urn> urns = read.years().stream().map(y -> y.dates().urn()).filter(Objects::nonNull).distinct()
                    .map(Urn::new).toList();
            Set<Integer> known = held.find(urns).keySet().stream().map(Urn::value).collect(Collectors.toSet());
            List<FieldViolation> unknown = read.years().stream()
                    .filter(y -> y.dates().urn() != null && !known.contains(y.dates().urn())).limit(500)
                    .map(y -> new FieldViolation("rows[" + y.line() + "].URN",
                            "names no setting held: import the establishment register first")).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInput(unknown);
            }
            int added = 0;
            int replaced = 0;
            Set<Integer> changedSettings = new HashSet<>();
            boolean localAuthorityChanged = false;
            for (TermDatesReader.Year year : read.years()) {
                TermDates dates = year.dates();
                Optional<TermDates> before = termDates.of(dates.urn(), dates.year());
                if (sameDates(before, dates)) {
                    continue;
                }
                if (before.isEmpty()) {
                    added++;
                } else {
                    replaced++;
                }
                termDates.put(dates);
                if (dates.urn() == null) {
                    localAuthorityChanged = true;
                } else {
                    changedSettings.add(dates.urn());
                }
            }
            int moved = added + replaced == 0 ? 0 : deadlines.termDatesChanged(changedSettings, localAuthorityChanged);
            return new TermDatesImported(read.rows(), read.years().size(), added, replaced,
                    read.years().size() - added - replaced, moved);
        });
    }

    /** The same terms and holidays (holidays compared as a set: two may start on one day, in either order). */
    private static boolean sameDates(Optional<TermDates> held, TermDates dates) {
        return held.isPresent() && held.get().terms().equals(dates.terms())
                && new HashSet<>(held.get().holidays()).equals(new HashSet<>(dates.holidays()));
    }

    @Override
    public TermDatesView termDates(String urnText, String academicYear) {
        var v = new Violations();
        Urn urn = v.optional("urn", urnText, Urn::parse);
        AcademicYear year = v.required("academicYear", academicYear, SettingsService::year);
        v.throwIfAny();
        Integer setting = urn == null ? null : urn.value();
        return unitOfWork.inTransaction(() -> termDates.followedBy(setting, year).map(d -> view(setting, d))
                .orElseThrow(() -> new NotFound("no term dates held for " + year
                        + (setting == null ? " by the local authority" : " for this setting or the local authority"))));
    }

    /** {@code 2025/26}, or {@code 2025-26} as a path writes it. */
    private static AcademicYear year(String text) {
        return AcademicYear.parse(text.replace('-', '/'));
    }

    private static Term term(String text) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (Term t : Term.values()) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        throw InvalidInput.of("term", "must be AUTUMN, SPRING or SUMMER (rule TERM-01)");
    }

    private static TermDatesView view(Integer asked, TermDates d) {
        return new TermDatesView(asked, d.year().toString(), d.urn() == null ? "LOCAL_AUTHORITY" : "SETTING",
                d.terms().stream().map(t -> new TermDatesTerm(t.term().name(), t.firstDay(), t.lastDay())).toList(),
                d.holidays().stream().map(h -> new TermDatesHoliday(h.name(), h.firstDay(), h.lastDay())).toList());
    }

    @Override
    public SettingsImported importRegister(String csv) {
        List<RegisterEntry> entries = reader.read(csv); // a refused file throws before anything is stored
        return unitOfWork.inTransaction(() -> {
            Map<Urn, Setting> current = held.find(entries.stream().map(RegisterEntry::urn).toList());
            int added = 0;
            int changed = 0;
            for (RegisterEntry entry : entries) {
                Setting before = current.get(entry.urn());
                if (before == null) {
                    held.add(Setting.registered(entry).after());
                    added++;
                } else {
                    var after = before.reregistered(entry);
                    if (after.isPresent()) {
                        held.update(after.get().after(), before.version());
                        changed++;
                    }
                }
            }
            return new SettingsImported(entries.size(), added, changed, entries.size() - added - changed);
        });
    }

    @Override
    public SettingsPage settings(int page, int size) {
        checkPage(page, size, MAX_PAGE_SIZE);
        return unitOfWork.inSnapshot(() -> new SettingsPage(
                held.page((long) (page - 1) * size, size).stream().map(SettingsService::view).toList(),
                page, size, held.count()));
    }

    static void checkPage(int page, int size, int max) {
        var v = new Violations();
        v.check(page >= 1, "page", "must be a whole number from 1 (pages count from 1)");
        v.check(size >= 1 && size <= max, "size", "must be a whole number from 1 to " + max);
        v.throwIfAny();
    }

    private static SettingView view(Setting s) {
        RegisterEntry e = s.entry();
        return new SettingView(e.urn().value(), e.ukprn() == null ? null : e.ukprn().value(), e.name(),
                e.typeOfEstablishment(), e.phaseOfEducation(), e.trust(), e.postcode(), e.locality(),
                e.inspectionOutcome(), e.inspectedOn(), s.version());
    }

}
