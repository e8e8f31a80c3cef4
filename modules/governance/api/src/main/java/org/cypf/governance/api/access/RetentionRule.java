package org.cypf.governance.api.access;

/**
 * How long CYPF keeps each kind of record about a child, and the national source of each rule (ADR 0034). The one
 * place the rules are written: each context's {@link RecordRetention} names, for each of its record types, the rule
 * that governs it and the date the rule counts from ({@link #anchor}), and computes the due date in its own query.
 * A rule never shortens another: where a context does not hold the date a rule counts from (family support holds no
 * date of birth), it counts from a later date it does hold, so a record is never due before the rule allows.
 *
 * @param anchor what the years are counted from
 * @param years  how many years after the anchor the record is due for review
 * @param source the statute, regulation or national code the rule comes from
 */
public enum RetentionRule {
    /** A looked-after child's case record (and what is part of it, such as the Personal Education Plan). */
    CARE_RECORD("CARE-RECORD", Anchor.DATE_OF_BIRTH, 75,
            "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 50: the case record is kept"
                    + " until the 75th anniversary of the child's date of birth (or 15 years after death before 18)"),
    /** A child protection plan (and its enquiry and conferences) of a child never looked after. */
    CHILD_PROTECTION("CHILD-PROTECTION", Anchor.CLOSED, 35,
            "35 years after the case closed: the local authority retention policy upheld as lawful and proportionate"
                    + " in R (C) v Northumberland County Council [2015] EWHC 2134 (Admin)"),
    /** A contact, referral or assessment of a child in need who was never on a plan or looked after. */
    CHILDREN_IN_NEED("CHILDREN-IN-NEED", Anchor.DATE_OF_BIRTH, 25,
            "the child's 25th birthday: the Limitation Act 1980 (sections 2, 11 and 28) lets a claim be brought until"
                    + " six years after the 18th birthday; the Local Government Association / IRMS retention"
                    + " guidelines for children's social care keep such records to the 25th birthday"),
    /** An early help episode, its request for support and its family network meetings. */
    EARLY_HELP("EARLY-HELP", Anchor.CLOSED, 25,
            "the child's 25th birthday (Limitation Act 1980, as for children in need); family support holds no date"
                    + " of birth, so 25 years after the episode closed, which is never earlier"),
    /** A child's health record: children in care health assessments, the healthy child programme. */
    CHILD_HEALTH("CHILD-HEALTH", Anchor.DATE_OF_BIRTH, 26,
            "Records Management Code of Practice 2021 (NHS England), retention schedule, children's records: until the"
                    + " 25th birthday, or the 26th if the young person was 17 when treatment ended; kept to the 26th,"
                    + " which satisfies both"),
    /** A children and young people's mental health referral, its contacts and outcome scores. */
    MENTAL_HEALTH("MENTAL-HEALTH", Anchor.CLOSED, 26,
            "Records Management Code of Practice 2021 (NHS England), retention schedule, mental health records: 20 years"
                    + " after the last contact, and a child's record not before the 25th/26th birthday; health's"
                    + " referral holds no date of birth, so 26 years after it closed, which satisfies both"),
    /** Pupils' term attendance as the school census reports it. */
    ATTENDANCE_REGISTER("ATTENDANCE-REGISTER", Anchor.ENTRY, 3,
            "The Education (Pupil Registration) (England) Regulations 2006, regulation 14 (kept in the School Attendance"
                    + " (Pupil Registration) (England) Regulations 2024): every entry in the attendance register is"
                    + " preserved for three years after the date on which it was made; counted from the end of the school"
                    + " year of the pupil's last term held, so never earlier"),
    /**
     * A pupil's educational record as a school holds it: suspensions and exclusions, results (EYFS profile, KS2,
     * KS4), post-16 participation.
     */
    PUPIL_RECORD("PUPIL-RECORD", Anchor.ENTRY, 25,
            "IRMS Information Management Toolkit for Schools (2019), pupil's educational record: the pupil's date of"
                    + " birth plus 25 years (Limitation Act 1980, sections 2 and 28: six years from the 18th birthday,"
                    + " and longer for a child's claim); education holds no pupil's date of birth, so 25 years after the"
                    + " latest entry (exclusion start, end of the results' school year, activity month), which is never"
                    + " earlier since the pupil was born before it"),
    /** A request for an EHC needs assessment, its advice, plan and SEN2 details. */
    SEND_RECORD("SEND-RECORD", Anchor.DATE_OF_BIRTH, 31,
            "IRMS Information Management Toolkit for Schools (2019), special educational needs files, reviews and"
                    + " EHC plans: date of birth plus 31 years (an EHC plan can be kept to 25, and a claim brought six"
                    + " years after, Limitation Act 1980); when SEN2's birth date is not held, 31 years after the request"
                    + " was received, which is never earlier; a request still open or a plan still maintained is never due");

    /** What a rule's years are counted from. */
    public enum Anchor {
        /** The child's date of birth. */
        DATE_OF_BIRTH,
        /** The day the record (case, episode, plan) closed; a record still open is never due. */
        CLOSED,
        /** The day of the latest entry of the record (a term, an exclusion, a result, a month of activity). */
        ENTRY
    }

    private final String id;
    private final Anchor anchor;
    private final int years;
    private final String source;

    RetentionRule(String id, Anchor anchor, int years, String source) {
        this.id = id;
        this.anchor = anchor;
        this.years = years;
        this.source = source;
    }

    /** The rule's name as reports and audit rows show it, e.g. {@code CARE-RECORD}. */
    public String id() {
        return id;
    }

    public Anchor anchor() {
        return anchor;
    }

    public int years() {
        return years;
    }

    public String source() {
        return source;
    }

    /** The rule named {@code id}, if there is one. */
    public static java.util.Optional<RetentionRule> byId(String id) {
        for (RetentionRule rule : values()) {
            if (rule.id.equals(id)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }
}
