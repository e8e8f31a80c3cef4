package org.cypf.healthwellbeing.mentalhealth.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImported;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImports;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionsReader;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Loads a file of self-harm admission figures: read whole and refused whole on any row error, or when it is of an
 * area other than the one whose figures are held, before anything is stored; then the load is authorised once for
 * the record type (a data load of counts for an area names no child, so it is decided and audited naming none) and
 * the figures stored, in one unit of work.
 */
public final class SelfHarmAdmissionsImportService implements SelfHarmAdmissionsImports {
    static final String RECORD = "self-harm-admissions";

    private final UnitOfWork unitOfWork;
    private final SelfHarmAdmissionsReader reader;
    private final SelfHarmAdmissionFigures figures;
    private final ContextRecordAccess access;
    private final Clock clock;

    public SelfHarmAdmissionsImportService(UnitOfWork unitOfWork, SelfHarmAdmissionsReader reader,
                                           SelfHarmAdmissionFigures figures, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reader = reader;
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public SelfHarmAdmissionsImported importFile(Caller caller, String csv) {
        var read = reader.read(csv, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            var held = figures.areaHeld();
            if (held.isPresent() && !read.figures().isEmpty()
                    && !held.get().equals(read.figures().getFirst().areaCode())) {
                throw InvalidInput.of("Area Code", "the figures held are of area " + held.get()
                        + "; a file of another area is refused");
            }
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading hospital admissions for self-harm by age band"), List.of());
            var stored = figures.store(read.figures());
            return new SelfHarmAdmissionsImported(read.rows(), stored.added(), stored.replaced(), read.leftAside());
        });
    }
}
