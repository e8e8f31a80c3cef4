package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.port.CinCensusWriter;

/**
 * The CIN census out of CYPF, in one unit of work: every record written out is read under one snapshot, and every
 * child in the file is authorised and audited (action LIST, record type {@value #RECORD}) before it is written.
 */
public final class CinCensusReturnService implements CinCensusExport {
    static final String RECORD = "cin-census";

    private final UnitOfWork unitOfWork;
    private final CinCensusPorts ports;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusWriter writer;
    private final String lea;

    /**
     * @param writer writes the census as the DfE's XML
     * @param lea    the authority's three-digit LA code for the header's LEA, or null to leave it out
     */
    public CinCensusReturnService(UnitOfWork unitOfWork, CinCensusPorts ports, CinCensusWriter writer,
                                  ContextRecordAccess access, Clock clock, String lea) {
        this.writer = writer;
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.access = access;
        this.clock = clock;
        this.lea = lea == null || lea.isBlank() ? null : lea.strip();
    }

    @Override
    public CinCensusFile exportCensus(Caller caller, int collectionYear) {
        CollectionYear year = CollectionYear.asked(collectionYear, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            var read = new CinCensusRead(collectionYear, ports);
            Set<ChildId> named = read.read();
            String label = year.label();
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.LIST,
                    "producing the CIN census for " + label),
                    named.stream().sorted(Comparator.comparing(ChildId::toString)).toList());
            String xml = writer.write(read.census(lea));
            return new CinCensusFile(collectionYear, year.from(), year.to(), "cin-census-" + label + ".xml", xml,
                    read.notes());
        });
    }
}
