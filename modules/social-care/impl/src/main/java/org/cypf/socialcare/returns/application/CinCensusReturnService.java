package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.CinCensusExport;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.api.returns.CinCensusImport;
import org.cypf.socialcare.api.returns.CinCensusImportResult;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.returns.port.CinCensusReader;
import org.cypf.socialcare.returns.port.CinCensusWriter;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * The CIN census out of and into CYPF, each in one unit of work. The export reads every record it writes under one
 * snapshot, and every child in the file is authorised and audited (action LIST, record type {@value #RECORD})
 * before it is written. The import (ADR 0073) checks every child against the DfE's rules first
 * ({@link CinCensusChecks}), then sets each beside what CYPF holds ({@link CinCensusMerge}) and stores every child
 * none of whose data is in error, holding back whole each child with an error; the children it names are authorised
 * and audited as {@code IMPORT} (ADR 0029), or as {@code READ} in a dry run, which stores nothing.
 */
public final class CinCensusReturnService implements CinCensusExport, CinCensusImport {
    static final String RECORD = "cin-census";

    private final UnitOfWork unitOfWork;
    private final CinCensusPorts ports;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusWriter writer;
    private final CinCensusReader reader;
    private final String lea;
    private final CinCensusCodes codes = CinCensusCodes.standard();

    /**
     * @param writer writes the census as the DfE's XML
     * @param reader reads the DfE's XML, the same mapping as {@code writer}
     * @param lea    the authority's three-digit LA code for the header's LEA, or null to leave it out
     */
    public CinCensusReturnService(UnitOfWork unitOfWork, CinCensusPorts ports, CinCensusWriter writer,
                                  CinCensusReader reader, ContextRecordAccess access, Clock clock, String lea) {
        this.writer = writer;
        this.reader = reader;
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
                    "producing the CIN census for " + label), sorted(named));
            String xml = writer.write(read.census(lea));
            String name = "cin-census-" + label + ".xml";
            return new CinCensusFile(collectionYear, year.from(), year.to(), name, xml,
                    selfChecked(collectionYear, name, xml, read.notes()));
        });
    }

    /**
     * The export's self-check: the file written is read back and checked as an import would check it
     * ({@link CinCensusChecks}, the DfE's rules), and each error or query it raises that {@code notes} does not
     * already explain for that child is added to them, so the notes name everything the DfE would.
     */
    private List<String> selfChecked(int collectionYear, String name, String xml, List<String> notes) {
        CinCensusUpload own = reader.read(collectionYear, name, xml);
        new CinCensusChecks(own, codes, LocalDate.now(clock)).checkAll();
        new CinCensusReturnChecks(own).checkAll();
        List<String> all = new ArrayList<>(notes);
        for (RowErrors.ImportIssue i : own.errors().all()) {
            String rule = i.rule() == null ? "(CYPF's own check)" : "rule " + i.rule();
            if (i.child() == null && i.line() == 0 && i.rule() != null) {
                // A finding about the whole return (ADR 0124): once, unless the notes already explain it.
                if (all.stream().noneMatch(n -> n.startsWith(rule + " "))) {
                    boolean error = !i.rule().endsWith("Q");
                    all.add(rule + " (" + (error ? "error about the whole return" : "query about the whole return")
                            + "): " + i.column() + ": " + i.message() + (error
                            ? "; correct it in CYPF before the file is sent"
                            : "; the DfE will ask: complete the records in CYPF, or give the reason when asked"));
                }
                continue;
            }
            Pattern child = Pattern.compile("child " + Pattern.quote(String.valueOf(i.child())) + "\\b");
            boolean explained = all.stream().anyMatch(n -> n.startsWith(rule + " ") && child.matcher(n).find());
            if (!explained) {
                boolean error = i.severity() == RowErrors.Severity.ERROR;
                all.add(rule + " (" + (error ? "error" : "query") + "): child " + i.child() + ", " + i.column()
                        + ": " + i.message() + (error ? "; correct it in CYPF before the file is sent"
                        : "; the DfE will ask: complete the record in CYPF, or give the reason when asked"));
            }
        }
        return List.copyOf(all);
    }

    @Override
    public CinCensusImportResult importCensus(Caller caller, int collectionYear, String xml) {
        return importOrCheck(caller, collectionYear, xml, false);
    }

    @Override
    public CinCensusImportResult checkCensus(Caller caller, int collectionYear, String xml) {
        return importOrCheck(caller, collectionYear, xml, true);
    }

    private CinCensusImportResult importOrCheck(Caller caller, int collectionYear, String xml, boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        CollectionYear year = CollectionYear.asked(collectionYear, today);
        CinCensusUpload upload = reader.read(collectionYear, "cin-census-" + year.label() + ".xml", xml);
        upload.errors().throwIfFileErrors();
        new CinCensusChecks(upload, codes, today).checkAll();
        new CinCensusReturnChecks(upload).checkAll();
        return unitOfWork.inTransaction(() -> {
            var merge = new CinCensusMerge(upload, ports, lea);
            merge.findChildren();
            String purpose = (dryRun ? "checking" : "importing") + " the CIN census for " + year.label();
            access.authoriseAll(caller, new RecordIntent(RECORD, dryRun ? RecordAction.READ : RecordAction.IMPORT,
                    purpose), sorted(merge.existingChildren()));
            merge.check();
            if (!dryRun) {
                access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT, purpose),
                        sorted(merge.createdChildren()));
                merge.write();
            }
            List<ImportIssue> issues = upload.errors().all().stream().map(i -> new ImportIssue(i.child(), i.file(),
                    i.line(), i.column(), i.rule(), i.message(), i.severity() == RowErrors.Severity.ERROR
                    ? ImportIssue.Severity.ERROR : ImportIssue.Severity.WARNING)).toList();
            return new CinCensusImportResult(collectionYear, dryRun, merge.storedCount(), merge.heldBackCount(),
                    merge.episodesAdded(), merge.episodesUnchanged(), issues, upload.notes());
        });
    }

    /** Children in a fixed order, so the audit of the same file always reads the same. */
    private static List<ChildId> sorted(Set<ChildId> ids) {
        return ids.stream().sorted(Comparator.comparing(ChildId::toString)).toList();
    }
}
