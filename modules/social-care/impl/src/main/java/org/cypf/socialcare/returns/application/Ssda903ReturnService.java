package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * The SSDA903 return out of and into CYPF. Each runs in one unit of work: an export reads every record it writes
 * out under one snapshot, and an import stores everything or, with a single row error, nothing (the audit of its
 * accesses rolls back with it). An import publishes {@code ChildEnteredCare} for each period of care it creates that
 * is still open, so the virtual school and health learn of children in care migrated from another system; it
 * publishes nothing for history that is over.
 */
public final class Ssda903ReturnService implements Ssda903Returns {
    private static final String RECORD = "ssda903-return";
    /** The first collection year CYPF answers for (the code lists hold 2022-23 onwards; earlier codes are the same). */
    static final int FIRST_YEAR = 2000;

    private final UnitOfWork unitOfWork;
    private final Ports ports;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();

    public Ssda903ReturnService(UnitOfWork unitOfWork, Ports ports, ContextRecordAccess access, IntegrationEvents events,
                                Clock clock) {
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Ssda903Return exportReturn(Caller caller, int collectionYear) {
        checkYear(collectionYear);
        return unitOfWork.inTransaction(() -> {
            var export = new ReturnExport(collectionYear, ports);
            Set<ChildId> named = export.read();
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.LIST,
                    "producing the SSDA903 return for " + label(collectionYear)), named.stream().sorted(
                    java.util.Comparator.comparing(ChildId::toString)).toList());
            return new Ssda903Return(collectionYear, LocalDate.of(collectionYear, 4, 1),
                    LocalDate.of(collectionYear + 1, 3, 31), export.files(), ReturnExport.NOTES);
        });
    }

    @Override
    public Ssda903ImportResult importReturn(Caller caller, int collectionYear, List<CsvFile> files) {
        checkYear(collectionYear);
        if (files == null || files.isEmpty()) {
            throw InvalidInput.of("files", "give at least the header and episodes files");
        }
        LocalDate today = LocalDate.now(clock);
        var errors = new RowErrors();
        var read = new ReturnFiles(collectionYear, errors, codes);
        read.read(files);
        errors.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            var merge = new ReturnMerge(read, ports, today, codes);
            merge.findChildren();
            errors.throwIfAny();
            String purpose = "importing the SSDA903 return for " + label(collectionYear);
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.CREATE, purpose),
                    sorted(merge.createdChildren()));
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.UPDATE, purpose),
                    sorted(merge.existingChildren()));
            merge.merge(events);
            return new Ssda903ImportResult(collectionYear, merge.results(), read.notes);
        });
    }

    private static List<ChildId> sorted(Set<ChildId> ids) {
        return ids.stream().sorted(java.util.Comparator.comparing(ChildId::toString)).toList();
    }

    private void checkYear(int year) {
        int current = Ssda903Codes.collectionYear(LocalDate.now(clock));
        if (year < FIRST_YEAR || year > current) {
            throw InvalidInput.of("collectionYear", "must be a collection year from " + FIRST_YEAR + " to " + current
                    + " (named by the year it starts: 2024 is 2024-25)");
        }
    }

    static String label(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }
}
