package org.cypf.healthwellbeing.send.port;

import org.cypf.healthwellbeing.send.domain.Sen2Return;

/** Writes a SEN2 return in the DfE's layout; the format is the adapter's business. */
public interface Sen2Writer {

    String write(Sen2Return sen2);
}
