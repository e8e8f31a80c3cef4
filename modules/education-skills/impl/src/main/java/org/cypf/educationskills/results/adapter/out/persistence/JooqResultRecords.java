package org.cypf.educationskills.results.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.EYFS_PROFILE;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.KS2_RESULT;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.KS4_RESULT;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SETTING;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.domain.WritingAssessment;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.eyfs_profile}, {@code ks2_result}, {@code ks4_result}. */
public final class JooqResultRecords implements ResultRecords {
    private final ContextDatabase database;

    public JooqResultRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        Set<Integer> unknown = new HashSet<>(urns);
        unknown.removeAll(database.transactionalDsl().select(SETTING.URN).from(SETTING)
                .where(SETTING.URN.eq(DSL.any(urns.toArray(Integer[]::new)))).fetch(SETTING.URN));
        return unknown;
    }

    private static List<String> values(Collection<UniquePupilNumber> upns) {
        return upns.stream().map(UniquePupilNumber::value).toList();
    }

    @Override
    public List<EyfsProfile> eyfsOf(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(EYFS_PROFILE).where(EYFS_PROFILE.UPN.eq(DSL.any(values(upns).toArray(String[]::new))))
                .fetch(r -> new EyfsProfile(UniquePupilNumber.parse(r.getUpn()), new AcademicYear(r.getAcademicYear()),
                        r.getUrn(), r.getFsm(), Arrays.stream(r.getGoalsExpected()).map(EarlyLearningGoal::valueOf)
                        .collect(Collectors.toSet())));
    }

    @Override
    public List<Ks2Result> ks2Of(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(KS2_RESULT).where(KS2_RESULT.UPN.eq(DSL.any(values(upns).toArray(String[]::new))))
                .fetch(r -> new Ks2Result(UniquePupilNumber.parse(r.getUpn()), new AcademicYear(r.getAcademicYear()),
                        r.getUrn(), r.getFsm6(), r.getReadingScore(), r.getMathsScore(),
                        WritingAssessment.valueOf(r.getWritingTa())));
    }

    @Override
    public List<Ks4Result> ks4Of(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(KS4_RESULT).where(KS4_RESULT.UPN.eq(DSL.any(values(upns).toArray(String[]::new))))
                .fetch(r -> new Ks4Result(UniquePupilNumber.parse(r.getUpn()), new AcademicYear(r.getAcademicYear()),
                        r.getUrn(), r.getFsm6(), r.getAttainment_8(), r.getProgress_8(), r.getEnglishGrade(),
                        r.getMathsGrade()));
    }

    @Override
    public void putEyfs(Collection<EyfsProfile> profiles) {
        var dsl = database.transactionalDsl();
        for (EyfsProfile p : profiles) {
            String[] goals = p.expected().stream().sorted().map(Enum::name).toArray(String[]::new);
            dsl.insertInto(EYFS_PROFILE)
                    .set(EYFS_PROFILE.UPN, p.upn().value())
                    .set(EYFS_PROFILE.ACADEMIC_YEAR, p.year().startYear())
                    .set(EYFS_PROFILE.URN, p.urn())
                    .set(EYFS_PROFILE.FSM, p.disadvantaged())
                    .set(EYFS_PROFILE.GOALS_EXPECTED, goals)
                    .set(EYFS_PROFILE.GOOD_LEVEL_OF_DEVELOPMENT, p.goodLevelOfDevelopment())
                    .onConflict(EYFS_PROFILE.UPN, EYFS_PROFILE.ACADEMIC_YEAR).doUpdate()
                    .set(EYFS_PROFILE.URN, p.urn())
                    .set(EYFS_PROFILE.FSM, p.disadvantaged())
                    .set(EYFS_PROFILE.GOALS_EXPECTED, goals)
                    .set(EYFS_PROFILE.GOOD_LEVEL_OF_DEVELOPMENT, p.goodLevelOfDevelopment())
                    .execute();
        }
    }

    @Override
    public void putKs2(Collection<Ks2Result> results) {
        var dsl = database.transactionalDsl();
        for (Ks2Result r : results) {
            dsl.insertInto(KS2_RESULT)
                    .set(KS2_RESULT.UPN, r.upn().value())
                    .set(KS2_RESULT.ACADEMIC_YEAR, r.year().startYear())
                    .set(KS2_RESULT.URN, r.urn())
                    .set(KS2_RESULT.FSM6, r.disadvantaged())
                    .set(KS2_RESULT.READING_SCORE, r.readingScore())
                    .set(KS2_RESULT.MATHS_SCORE, r.mathsScore())
                    .set(KS2_RESULT.WRITING_TA, r.writing().name())
                    .set(KS2_RESULT.EXPECTED_RWM, r.expectedStandardRwm())
                    .set(KS2_RESULT.HIGHER_RWM, r.higherStandardRwm())
                    .onConflict(KS2_RESULT.UPN, KS2_RESULT.ACADEMIC_YEAR).doUpdate()
                    .set(KS2_RESULT.URN, r.urn())
                    .set(KS2_RESULT.FSM6, r.disadvantaged())
                    .set(KS2_RESULT.READING_SCORE, r.readingScore())
                    .set(KS2_RESULT.MATHS_SCORE, r.mathsScore())
                    .set(KS2_RESULT.WRITING_TA, r.writing().name())
                    .set(KS2_RESULT.EXPECTED_RWM, r.expectedStandardRwm())
                    .set(KS2_RESULT.HIGHER_RWM, r.higherStandardRwm())
                    .execute();
        }
    }

    @Override
    public void putKs4(Collection<Ks4Result> results) {
        var dsl = database.transactionalDsl();
        for (Ks4Result r : results) {
            dsl.insertInto(KS4_RESULT)
                    .set(KS4_RESULT.UPN, r.upn().value())
                    .set(KS4_RESULT.ACADEMIC_YEAR, r.year().startYear())
                    .set(KS4_RESULT.URN, r.urn())
                    .set(KS4_RESULT.FSM6, r.disadvantaged())
                    .set(KS4_RESULT.ATTAINMENT_8, r.attainment8())
                    .set(KS4_RESULT.PROGRESS_8, r.progress8())
                    .set(KS4_RESULT.ENGLISH_GRADE, r.englishGrade())
                    .set(KS4_RESULT.MATHS_GRADE, r.mathsGrade())
                    .set(KS4_RESULT.ENGLISH_MATHS_4, r.englishAndMathsAtOrAbove(4))
                    .set(KS4_RESULT.ENGLISH_MATHS_5, r.englishAndMathsAtOrAbove(5))
                    .onConflict(KS4_RESULT.UPN, KS4_RESULT.ACADEMIC_YEAR).doUpdate()
                    .set(KS4_RESULT.URN, r.urn())
                    .set(KS4_RESULT.FSM6, r.disadvantaged())
                    .set(KS4_RESULT.ATTAINMENT_8, r.attainment8())
                    .set(KS4_RESULT.PROGRESS_8, r.progress8())
                    .set(KS4_RESULT.ENGLISH_GRADE, r.englishGrade())
                    .set(KS4_RESULT.MATHS_GRADE, r.mathsGrade())
                    .set(KS4_RESULT.ENGLISH_MATHS_4, r.englishAndMathsAtOrAbove(4))
                    .set(KS4_RESULT.ENGLISH_MATHS_5, r.englishAndMathsAtOrAbove(5))
                    .execute();
        }
    }
}
