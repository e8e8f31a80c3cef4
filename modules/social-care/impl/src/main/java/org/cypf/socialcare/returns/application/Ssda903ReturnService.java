package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.ConvictedView;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.RecordConvicted;
import org.cypf.socialcare.api.returns.Ssda903Layout;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.returns.port.Convictions;
import org.cypf.socialcare.returns.port.Oc2HealthRecords;
import org.cypf.socialcare.returns.port.Ssda903Reader;
import org.cypf.socialcare.returns.port.Ssda903Writer;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * The SSDA903 return out of and into CYPF. Each runs in one unit of work: an export reads every record it writes
 * out under one snapshot, and an import stores child by child: every child none of whose rows is in error, holding
 * back whole each child with an error (a file that cannot be read stores nothing). An import publishes {@code ChildEnteredCare} for each period of care it creates that
 * is still open, so the virtual school and health learn of children in care migrated from another system; it
 * publishes nothing for history that is over. The files' layout is the reader's and the writer's.
 */
public final class Ssda903ReturnService implements Ssda903Returns {
    private static final String RECORD = "ssda903-return";

    private final UnitOfWork unitOfWork;
    private final Ports ports;
    private final Ssda903Reader reader;
    private final Ssda903Writer writer;
    private final Ssda903Writer xmlWriter;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();
    private final Convictions convictions;
    /** Health's published api for OC2, wired by the app once health exists (ADR 0077); none until then. */
    private volatile Oc2HealthRecords health = Oc2HealthRecords.NONE;

    /**
     * @param reader    reads either layout (the XML reader hands CSV files to the CSV reader)
     * @param writer    the CSV files
     * @param xmlWriter the XML layout
     */
    public Ssda903ReturnService(UnitOfWork unitOfWork, Ports ports, Ssda903Reader reader, Ssda903Writer writer,
                                Ssda903Writer xmlWriter, Convictions convictions, ContextRecordAccess access,
                                IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.reader = reader;
        this.writer = writer;
        this.xmlWriter = xmlWriter;
        this.convictions = convictions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Ssda903Return exportReturn(Caller caller, int collectionYear) {
        return exportReturn(caller, collectionYear, Ssda903Layout.CSV);
    }

    @Override
    public Ssda903Return exportReturn(Caller caller, int collectionYear, Ssda903Layout layout) {
        Ssda903Writer writer = layout == Ssda903Layout.XML ? xmlWriter : this.writer;
        CollectionYear year = CollectionYear.asked(collectionYear, LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            var export = new ReturnExport(year, ports);
            Set<ChildId> named = export.read();
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.LIST,
                    "producing the SSDA903 return for " + year.label()), sorted(named));
            Ssda903Rows rows = export.rows();
            List<String> notes = new ArrayList<>(export.notes());
            new Oc2Export(year, convictions, health).fill(caller, rows, export.periods(), export.children(), notes);
            return new Ssda903Return(collectionYear, year.from(), year.to(), writer.write(rows), notes);
        });
    }

    @Override
    public Ssda903ImportResult importReturn(Caller caller, int collectionYear, List<CsvFile> files) {
        return importOrCheck(caller, collectionYear, files, false);
    }

    @Override
    public Ssda903ImportResult checkReturn(Caller caller, int collectionYear, List<CsvFile> files) {
        return importOrCheck(caller, collectionYear, files, true);
    }

    /**
     * Reads the files, checks every row of every child (on its own, across the files, then against what is held),
     * and stores each child none of whose rows is in error, unless {@code dryRun}. A child held back is neither
     * stored nor audited as created; the children already held are read (to compare), so audited as such.
     */
    private Ssda903ImportResult importOrCheck(Caller caller, int collectionYear, List<CsvFile> files, boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        CollectionYear year = CollectionYear.asked(collectionYear, today);
        if (files == null || files.isEmpty()) {
            throw InvalidInput.of("files", "give at least the header and episodes files");
        }
        Ssda903Upload upload = reader.read(year, files);
        upload.crossCheck();
        upload.errors().throwIfFileErrors();
        return unitOfWork.inTransaction(() -> {
            var merge = new ReturnMerge(upload, ports, today, codes);
            merge.findChildren();
            String purpose = (dryRun ? "checking" : "importing") + " the SSDA903 return for " + year.label();
            access.authoriseAll(caller, new RecordIntent(RECORD, dryRun ? RecordAction.READ : RecordAction.UPDATE,
                    purpose), sorted(merge.existingChildren()));
            merge.check(events);
            List<Child> stored = merge.storedChildren();
            Set<ChildId> created = merge.createdChildren();
            if (!dryRun) {
                access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.CREATE, purpose), sorted(
                        stored.stream().map(Child::id).filter(created::contains).collect(Collectors.toSet())));
                merge.write();
            }
            List<ImportIssue> issues = upload.errors().all().stream().map(i -> new ImportIssue(i.child(), i.file(),
                    i.line(), i.column(), i.rule(), i.message(), i.severity() == RowErrors.Severity.ERROR
                    ? ImportIssue.Severity.ERROR : ImportIssue.Severity.WARNING)).toList();
            return new Ssda903ImportResult(collectionYear, dryRun, stored.size(), upload.errors().heldBack().size(),
                    merge.results(), issues, upload.notes());
        });
    }

    /** OC2's health fields are read from {@code health}'s published api from now on. */
    public void answerOc2From(Oc2HealthRecords health) {
        this.health = health;
    }

    @Override
    public ConvictedView recordConvicted(Caller caller, RecordConvicted command) {
        ChildId id = ChildRecords.childId(command.childId());
        if (command.year() == null) {
            throw InvalidInput.of("year", "is required");
        }
        CollectionYear year = CollectionYear.asked(command.year(), LocalDate.now(clock));
        if (command.convicted() == null) {
            throw InvalidInput.of("convicted", "is required: true when the child was convicted, or given a final "
                    + "warning or reprimand, during the year");
        }
        return unitOfWork.inTransaction(() -> {
            var intent = new RecordIntent(RECORD, RecordAction.UPDATE, "recording CONVICTED for the SSDA903 OC2 file");
            Child child = ChildRecords.find(ports.children(), id, access, caller, intent);
            access.authorise(caller, intent, child.id());
            convictions.save(child.id(), year.year(), command.convicted());
            return new ConvictedView(child.id().toString(), child.localChildId(), year.year(), command.convicted());
        });
    }

    /** Children in a fixed order, so the audit of the same return always reads the same. */
    private static List<ChildId> sorted(Set<ChildId> ids) {
        // Each id's text made once, not at every comparison: a national return sorts 83,000 of them.
        return ids.stream().map(id -> Map.entry(id.toString(), id)).sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
    }
}
