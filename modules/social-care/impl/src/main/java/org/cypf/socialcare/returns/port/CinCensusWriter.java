package org.cypf.socialcare.returns.port;

import org.cypf.socialcare.returns.domain.CinCensus;

/** Writes a CIN census in the DfE's XML shape. Pure: the same census always gives the same text. */
public interface CinCensusWriter {

    String write(CinCensus census);
}
