package org.cypf.governance.scorecard.port;

import java.util.List;
import org.cypf.governance.scorecard.domain.Measure;

/** The strategic measures governance reports. */
public interface MeasureCatalogue {
    List<Measure> all();
}
