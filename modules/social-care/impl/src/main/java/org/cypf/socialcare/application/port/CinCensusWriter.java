package org.cypf.socialcare.application.port;

import org.cypf.socialcare.domain.returns.CinCensus;

/** Writes a CIN census in the DfE's XML shape. Pure: the same census always gives the same text. */
public interface CinCensusWriter {

    String write(CinCensus census);
}
