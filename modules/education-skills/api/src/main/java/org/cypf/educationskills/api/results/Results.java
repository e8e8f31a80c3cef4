package org.cypf.educationskills.api.results;

import org.cypf.governance.api.access.Caller;

/**
 * Pupils' results as the national assessments report them, with disadvantage so that gaps can be reported: the Early
 * Years Foundation Stage profile (17 early learning goals; a good level of development by the national rule), Key
 * Stage 2 (reading, writing, maths; the expected and higher standards in all three) and Key Stage 4 (Attainment 8,
 * Progress 8, English and maths at grade 4 and 5 or above). Each import is a school's or the authority's data load
 * (ADR 0044): all rows or none, a file with any row error refused naming each row, column and rule; a pupil's result
 * for a year imported again replaces the one held; the same file twice changes nothing.
 */
public interface Results {

    /**
     * EYFS profiles (CSV: UPN, URN, AcademicYear, FSM (Y/N), and one column per early learning goal, each
     * {@code Expected} or {@code Emerging}; see ADR 0045 for the columns).
     */
    ResultsImported importEyfsProfiles(Caller caller, String csv);

    /**
     * KS2 results (CSV: UPN, URN, AcademicYear, FSM6 (Y/N), ReadingScore and MathsScore (scaled, 80 to 120, or empty
     * when the pupil has none), WritingTA (GDS, EXS, WTS, or a pre-key stage or other code)).
     */
    ResultsImported importKs2Results(Caller caller, String csv);

    /**
     * KS4 results (CSV: UPN, URN, AcademicYear, FSM6 (Y/N), Attainment8 (0 to 90), Progress8 (empty when not
     * calculated), EnglishGrade and MathsGrade (0 to 9, the best English grade)).
     */
    ResultsImported importKs4Results(Caller caller, String csv);

    /**
     * One pupil's results held: the EYFS profile, KS2 and KS4, each latest school year first. Authorised and audited
     * as a READ of the pupil's results record; an unknown UPN is told only to a caller who could have seen it.
     */
    PupilResultsView pupilResults(Caller caller, String upn);
}
