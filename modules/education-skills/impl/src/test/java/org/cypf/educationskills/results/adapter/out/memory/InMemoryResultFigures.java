package org.cypf.educationskills.results.adapter.out.memory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.port.ResultFigures;

/**
 * The results' figures counted over the results an {@link InMemoryResultRecords} holds, for fast tests (ADR 0097);
 * test code only. It passes {@code ResultFiguresContract} as the jOOQ figures do, counting by the results' own rules
 * (a good level of development, the expected and higher standards, the basics) as the store's columns hold them.
 */
public final class InMemoryResultFigures implements ResultFigures {
    private final InMemoryResultRecords results;

    public InMemoryResultFigures(InMemoryResultRecords results) {
        this.results = results;
    }

    private static <R> List<R> of(List<R> held, Predicate<R> disadvantagedOf, Boolean disadvantaged) {
        return held.stream().filter(r -> disadvantaged == null || disadvantagedOf.test(r) == disadvantaged).toList();
    }

    @Override
    public Counted eyfs(AcademicYear year, Boolean disadvantaged) {
        var pupils = of(results.eyfsIn(year), EyfsProfile::disadvantaged, disadvantaged);
        return new Counted(pupils.size(), pupils.stream().filter(EyfsProfile::goodLevelOfDevelopment).count(), 0);
    }

    @Override
    public Counted ks2(AcademicYear year, Boolean disadvantaged) {
        var pupils = of(results.ks2In(year), Ks2Result::disadvantaged, disadvantaged);
        return new Counted(pupils.size(), pupils.stream().filter(Ks2Result::expectedStandardRwm).count(),
                pupils.stream().filter(Ks2Result::higherStandardRwm).count());
    }

    @Override
    public Ks4Figures ks4(AcademicYear year, Boolean disadvantaged) {
        var pupils = of(results.ks4In(year), Ks4Result::disadvantaged, disadvantaged);
        var progress8 = pupils.stream().map(Ks4Result::progress8).filter(Objects::nonNull).toList();
        return new Ks4Figures(pupils.size(),
                pupils.stream().map(Ks4Result::attainment8).reduce(BigDecimal.ZERO, BigDecimal::add),
                progress8.size(), progress8.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                pupils.stream().filter(r -> r.englishAndMathsAtOrAbove(4)).count(),
                pupils.stream().filter(r -> r.englishAndMathsAtOrAbove(5)).count());
    }
}
