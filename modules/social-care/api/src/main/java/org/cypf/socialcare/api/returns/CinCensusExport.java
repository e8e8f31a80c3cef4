package org.cypf.socialcare.api.returns;

import org.cypf.governance.api.access.Caller;

/**
 * The DfE's children in need (CIN) census, as the XML file the DfE's COLLECT system reads, produced from CYPF's
 * referrals, assessments, section 47 enquiries and child protection plans. See docs/guides/integrators-cin-census.md.
 */
public interface CinCensusExport {

    /**
     * The census for the collection year starting 1 April {@code collectionYear} (2024 is 2024-25): every child with
     * a CIN episode (referral) open on a day of the year. Every child in it is read, so each is authorised and audited.
     *
     * @throws org.cypf.kernel.problem.InvalidInput for a year before 2000 or not yet started (field collectionYear)
     */
    CinCensusFile exportCensus(Caller caller, int collectionYear);
}
