package org.cypf.socialcare.returns.port;

import java.util.List;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.domain.Ssda903Rows;

/** Writes a return's rows as the DfE's SSDA903 files, every file in the DfE's order. Pure: the same rows give the same text. */
public interface Ssda903Writer {

    List<CsvFile> write(Ssda903Rows rows);
}
