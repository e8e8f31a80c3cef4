package org.cypf.socialcare.returns.port;

import java.util.List;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.Ssda903Upload;

/**
 * Reads a return's files in the DfE's SSDA903 layout: each file recognised by its columns, each row's fields checked
 * on their own (codes valid on the row's dates, dates in the collection year), every mistake kept as a row error in
 * the upload. Pure: it reads nothing but the files.
 */
public interface Ssda903Reader {

    /**
     * @throws org.cypf.kernel.problem.InvalidInput when the files hold more rows together than a return may
     */
    Ssda903Upload read(CollectionYear year, List<CsvFile> files);
}
