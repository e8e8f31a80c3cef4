package org.cypf.governance.application.port;

import java.util.List;
import org.cypf.governance.domain.Measure;

/** The strategic measures governance reports. */
public interface MeasureCatalogue {
    List<Measure> all();
}
