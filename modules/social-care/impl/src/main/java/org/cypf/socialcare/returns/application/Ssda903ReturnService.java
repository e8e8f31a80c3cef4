package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.returns.port.Ssda903Reader;
import org.cypf.socialcare.returns.port.Ssda903Writer;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * The SSDA903 return out of and into CYPF. Each runs in one unit of work: an export reads every record it writes
 * out under one snapshot, and an import stores everything or, with a single row error, nothing (the audit of its
 * accesses rolls back with it). An import publishes {@code ChildEnteredCare} for each period of care it creates that
 * is still open, so the virtual school and health learn of children in care migrated from another system; it
 * publishes nothing for history that is over. The files' layout is the reader's and the writer's.
 */
public final class Ssda903ReturnService implements Ssda903Returns {
    private static final String RECORD = "ssda903-return";

    private final UnitOfWork unitOfWork;
    private final Ports ports;
    private final Ssda903Reader reader;
    private final Ssda903Writer writer;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();

    public Ssda903ReturnService(UnitOfWork unitOfWork, Ports ports, Ssda903Reader reader, Ssda903Writer writer,
                                ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.reader = reader;
        this.writer = writer;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Ssda903Return exportReturn(Caller caller, int collectionYear) {
        CollectionYear year = CollectionYear.asked(collectionYear, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            var export = new ReturnExport(year, ports);
            Set<ChildId> named = export.read();
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.LIST,
                    "producing the SSDA903 return for " + year.label()), sorted(named));
            return new Ssda903Return(collectionYear, year.from(), year.to(), writer.write(export.rows()),
                    ReturnExport.NOTES);
        });
    }

    @Override
    public Ssda903ImportResult importReturn(Caller caller, int collectionYear, List<CsvFile> files) {
        LocalDate today = LocalDate.now(clock);
        CollectionYear year = CollectionYear.asked(collectionYear, today);
        if (files == null || files.isEmpty()) {
            throw InvalidInput.of("files", "give at least the header and episodes files");
        }
        Ssda903Upload upload = reader.read(year, files);
        upload.crossCheck();
        upload.errors().throwIfAny();
        return unitOfWork.inTransaction(() -> {
            var merge = new ReturnMerge(upload, ports, today, codes);
            merge.findChildren();
            upload.errors().throwIfAny();
            String purpose = "importing the SSDA903 return for " + year.label();
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.CREATE, purpose),
                    sorted(merge.createdChildren()));
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.UPDATE, purpose),
                    sorted(merge.existingChildren()));
            merge.merge(events);
            return new Ssda903ImportResult(collectionYear, merge.results(), upload.notes());
        });
    }

    /** Children in a fixed order, so the audit of the same return always reads the same. */
    private static List<ChildId> sorted(Set<ChildId> ids) {
        return ids.stream().sorted(Comparator.comparing(ChildId::toString)).toList();
    }
}
