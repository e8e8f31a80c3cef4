package org.cypf.socialcare.api.returns;

import org.cypf.governance.api.access.Caller;

/**
 * Recording what the CIN census asks that casework records nowhere else (ADR 0071): a child's ethnicity,
 * disabilities, UPN unknown reason, former UPN and date of death; a CIN episode's primary need and CIN plans. Each
 * replaces what was held, is authorised on the child's record and audited.
 */
public interface CinCensusRecording {

    CinCensusChildView recordChild(Caller caller, RecordCinCensusChild command);

    CinCensusEpisodeView recordEpisode(Caller caller, RecordCinCensusEpisode command);
}
