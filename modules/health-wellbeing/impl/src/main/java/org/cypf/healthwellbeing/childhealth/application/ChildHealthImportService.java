package org.cypf.healthwellbeing.childhealth.application;

import java.time.Clock;
import java.time.LocalDate;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImported;
import org.cypf.healthwellbeing.api.childhealth.ChildHealthImports;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.healthwellbeing.childhealth.port.ObservationReader;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Imports a file of child health observations: read whole and refused whole on any row error before anything is
 * stored; then every child in it authorised and audited, and the rows added, in one unit of work.
 */
public final class ChildHealthImportService implements ChildHealthImports {
    static final String RECORD = "child-health-measure";

    private final UnitOfWork unitOfWork;
    private final ObservationReader reader;
    private final ChildHealthObservations observations;
    private final ContextRecordAccess access;
    private final Clock clock;

    public ChildHealthImportService(UnitOfWork unitOfWork, ObservationReader reader,
                                    ChildHealthObservations observations, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.observations = observations;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ChildHealthImported importFile(Caller caller, String kindName, String csv) {
        ObservationKind kind = ObservationKind.byFileName(kindName);
        if (kind == null) {
            throw InvalidInput.of("kind", "must be births, infant-feeding, child-measurements, oral-health or "
                    + "immunisations");
        }
        var read = reader.read(kind, csv, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT, "importing " + kindName),
                    read.stream().map(ChildHealthObservation::childId).distinct().toList());
            int added = observations.addAll(read);
            return new ChildHealthImported(kindName, read.size(), added, read.size() - added);
        });
    }
}
