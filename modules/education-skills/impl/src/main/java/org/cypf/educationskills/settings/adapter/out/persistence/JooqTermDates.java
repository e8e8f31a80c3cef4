package org.cypf.educationskills.settings.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SCHOOL_HOLIDAY;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SCHOOL_TERM;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.TERM_ATTENDANCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** {@code education_skills.school_term} and {@code school_holiday}; a pupil's setting from {@code term_attendance}. */
public final class JooqTermDates implements TermDatesHeld, SchoolCalendars {
    private final ContextDatabase database;
    private final WorkingDayCalendar bankHolidays;

    public JooqTermDates(ContextDatabase database, WorkingDayCalendar bankHolidays) {
        this.database = database;
        this.bankHolidays = bankHolidays;
    }

    private static Condition termOf(Integer urn, AcademicYear year) {
        return (urn == null ? SCHOOL_TERM.URN.isNull() : SCHOOL_TERM.URN.eq(urn))
                .and(SCHOOL_TERM.ACADEMIC_YEAR.eq(year.startYear()));
    }

    private static Condition holidayOf(Integer urn, AcademicYear year) {
        return (urn == null ? SCHOOL_HOLIDAY.URN.isNull() : SCHOOL_HOLIDAY.URN.eq(urn))
                .and(SCHOOL_HOLIDAY.ACADEMIC_YEAR.eq(year.startYear()));
    }

    @Override
    public void put(TermDates dates) {
        var dsl = database.transactionalDsl();
        dsl.deleteFrom(SCHOOL_TERM).where(termOf(dates.urn(), dates.year())).execute();
        dsl.deleteFrom(SCHOOL_HOLIDAY).where(holidayOf(dates.urn(), dates.year())).execute();
        for (SchoolTerm t : dates.terms()) {
            dsl.insertInto(SCHOOL_TERM)
                    .set(SCHOOL_TERM.URN, dates.urn())
                    .set(SCHOOL_TERM.ACADEMIC_YEAR, dates.year().startYear())
                    .set(SCHOOL_TERM.TERM, t.term().name())
                    .set(SCHOOL_TERM.FIRST_DAY, t.firstDay())
                    .set(SCHOOL_TERM.LAST_DAY, t.lastDay())
                    .execute();
        }
        for (SchoolHoliday h : dates.holidays()) {
            dsl.insertInto(SCHOOL_HOLIDAY)
                    .set(SCHOOL_HOLIDAY.URN, dates.urn())
                    .set(SCHOOL_HOLIDAY.ACADEMIC_YEAR, dates.year().startYear())
                    .set(SCHOOL_HOLIDAY.NAME, h.name())
                    .set(SCHOOL_HOLIDAY.FIRST_DAY, h.firstDay())
                    .set(SCHOOL_HOLIDAY.LAST_DAY, h.lastDay())
                    .execute();
        }
    }

    @Override
    public Optional<TermDates> of(Integer urn, AcademicYear year) {
        var dsl = database.transactionalDsl();
        List<SchoolTerm> terms = dsl.selectFrom(SCHOOL_TERM).where(termOf(urn, year)).orderBy(SCHOOL_TERM.FIRST_DAY)
                .fetch(r -> new SchoolTerm(Term.valueOf(r.getTerm()), r.getFirstDay(), r.getLastDay()));
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<SchoolHoliday> holidays = dsl.selectFrom(SCHOOL_HOLIDAY).where(holidayOf(urn, year))
                .orderBy(SCHOOL_HOLIDAY.FIRST_DAY, SCHOOL_HOLIDAY.NAME)
                .fetch(r -> new SchoolHoliday(r.getName(), r.getFirstDay(), r.getLastDay()));
        return Optional.of(new TermDates(urn, year, terms, holidays));
    }

    @Override
    public SchoolCalendar ofPupil(UniquePupilNumber upn) {
        Integer urn = upn == null ? null : database.transactionalDsl().select(settingOf(DSL.val(upn.value())))
                .fetchOne(0, Integer.class);
        return new SchoolCalendar(year -> followedBy(urn, year), bankHolidays);
    }

    /**
     * The setting a pupil follows the calendar of: the one their attendance was last reported at (latest year, latest
     * term); null when none is. The one definition, for a pupil ({@link #ofPupil}) and for a set of them.
     */
    public static Field<Integer> settingOf(Field<String> upn) {
        return DSL.field(DSL.select(TERM_ATTENDANCE.URN).from(TERM_ATTENDANCE).where(TERM_ATTENDANCE.UPN.eq(upn))
                .orderBy(TERM_ATTENDANCE.ACADEMIC_YEAR.desc(), DSL.field(
                        "array_position(array['AUTUMN','SPRING','SUMMER'], {0})", Integer.class,
                        TERM_ATTENDANCE.TERM).desc())
                .limit(1));
    }

    /** A setting's (null: the local authority's) school year. */
    private record YearOf(Integer urn, int year) {}

    @Override
    public Function<Integer, SchoolCalendar> ofSettings(Set<Integer> settings) {
        var dsl = database.transactionalDsl();
        // One array parameter for the settings; the local authority's (urn null) read with them.
        Integer[] urns = settings.stream().filter(java.util.Objects::nonNull).toArray(Integer[]::new);
        Map<YearOf, List<SchoolTerm>> terms = new HashMap<>();
        dsl.selectFrom(SCHOOL_TERM).where(SCHOOL_TERM.URN.isNull().or(SCHOOL_TERM.URN.eq(DSL.any(urns))))
                .orderBy(SCHOOL_TERM.FIRST_DAY)
                .forEach(r -> terms.computeIfAbsent(new YearOf(r.getUrn(), r.getAcademicYear()),
                        k -> new ArrayList<>()).add(new SchoolTerm(Term.valueOf(r.getTerm()), r.getFirstDay(),
                        r.getLastDay())));
        Map<YearOf, List<SchoolHoliday>> holidays = new HashMap<>();
        dsl.selectFrom(SCHOOL_HOLIDAY).where(SCHOOL_HOLIDAY.URN.isNull().or(SCHOOL_HOLIDAY.URN.eq(DSL.any(urns))))
                .orderBy(SCHOOL_HOLIDAY.FIRST_DAY, SCHOOL_HOLIDAY.NAME)
                .forEach(r -> holidays.computeIfAbsent(new YearOf(r.getUrn(), r.getAcademicYear()),
                        k -> new ArrayList<>()).add(new SchoolHoliday(r.getName(), r.getFirstDay(), r.getLastDay())));
        Function<YearOf, Optional<TermDates>> held = key -> Optional.ofNullable(terms.get(key))
                .map(t -> new TermDates(key.urn(), new AcademicYear(key.year()), t,
                        holidays.getOrDefault(key, List.of())));
        return urn -> new SchoolCalendar(year -> {
            Optional<TermDates> own = urn == null ? Optional.empty() : held.apply(new YearOf(urn, year.startYear()));
            return own.isPresent() ? own : held.apply(new YearOf(null, year.startYear()));
        }, bankHolidays);
    }
}
