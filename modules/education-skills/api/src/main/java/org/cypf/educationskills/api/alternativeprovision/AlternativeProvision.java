package org.cypf.educationskills.api.alternativeprovision;

import org.cypf.governance.api.access.Caller;

/**
 * Pupils placed in alternative provision (ADR 0048): by their school (an off-site direction, a suspension from the
 * sixth day) or by the local authority (a permanent exclusion from the sixth day, health needs, no school place:
 * Education Act 1996 s.19), at a pupil referral unit, an AP academy or free school, an independent school, a college
 * or an unregistered provider. Each placement is recorded per pupil, by UPN, and every read and write of it is
 * authorised and audited per child.
 */
public interface AlternativeProvision {
    /** The most placements a page holds. */
    int MAX_PAGE_SIZE = 500;

    /**
     * Records a placement. The same placement again (pupil, provider and start date) with the same facts changes
     * nothing; with different facts it is refused (409): end it, or record the correction as a new placement.
     */
    ApPlacementView recordPlacement(Caller caller, RecordApPlacement command);

    /**
     * Loads placements from a CSV file (ADR 0088), one row per placement. All rows or none: a file with any row error
     * is refused naming each row, column and rule. Authorised as an IMPORT of each pupil's placements (ADR 0029),
     * audited per pupil. A placement already held (pupil, provider and start date) with other details is replaced
     * by the file's (its end, its sessions); loading the same file again changes nothing.
     */
    ApPlacementsImported importPlacements(Caller caller, String csv);

    /** Ends a placement on a day (on or after its start); ending it again on the same day changes nothing. */
    ApPlacementView endPlacement(Caller caller, EndApPlacement command);

    /** One page of a pupil's placements, latest start first. */
    ApPlacementsPage pupilPlacements(Caller caller, String upn, int page, int size);

    /**
     * One page of the placements at one provider, named by its URN (six digits) or UKPRN (eight digits), latest start
     * first, among the pupils the caller may list (ADR 0033), paged in SQL.
     */
    ApPlacementsPage providerPlacements(Caller caller, String provider, int page, int size);

    /**
     * One page of a child in care's placements, for the virtual school: the placements of the UPN on the child's
     * virtual school registration that overlap a time the child was in care, latest start first.
     */
    ApPlacementsPage childInCarePlacements(Caller caller, String childId, int page, int size);
}
