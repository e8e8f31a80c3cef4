package org.cypf.educationskills.settings.application;

import java.util.ArrayList;
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

/** Settings' use cases. Settings are organisations, not children's records: no child access check applies. */
public final class SettingsService implements Settings {
    private final UnitOfWork unitOfWork;
    private final SettingsHeld held;
    private final RegisterReader reader;
    private final TermDatesHeld termDates;

    /** Settings without term dates (the register and its pages only). */
    public SettingsService(UnitOfWork unitOfWork, SettingsHeld held, RegisterReader reader) {
        this(unitOfWork, held, reader, null);
    }

    public SettingsService(UnitOfWork unitOfWork, SettingsHeld held, RegisterReader reader, TermDatesHeld termDates) {
        this.unitOfWork = unitOfWork;
        this.held = held;
        this.reader = reader;
        this.termDates = termDates;
    }

    @Override
    public TermDatesView putTermDates(PutTermDates command) {
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
        v.throwIfAny();
        Integer setting = urn == null ? null : urn.value();
        return unitOfWork.inTransaction(() -> {
            if (urn != null && held.find(List.of(urn)).isEmpty()) {
                throw new NotFound("no setting with this URN: import the establishment register first");
            }
            TermDates dates = new TermDates(setting, year, terms, holidays);
            termDates.put(dates);
            return view(setting, dates);
        });
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
        return unitOfWork.inTransaction(() -> new SettingsPage(
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
        return new SettingView(e.urn().value(), e.name(), e.typeOfEstablishment(), e.phaseOfEducation(), e.trust(),
                e.postcode(), s.version());
    }

}
