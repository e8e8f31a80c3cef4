package org.cypf.healthwellbeing.send.application;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.send.Sen2Export;
import org.cypf.healthwellbeing.api.send.Sen2File;
import org.cypf.healthwellbeing.api.send.Sen2Issue;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Return;
import org.cypf.healthwellbeing.send.domain.Sen2Validation;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.send.port.Sen2Writer;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The SEN2 return for a collection year, from health's requests for EHC needs assessments: each child in it is
 * authorised and audited as listed, in the same unit of work as the read.
 */
public final class Sen2ExportService implements Sen2Export {
    /** What the DfE's layout asks for that health does not hold, said in every file. */
    static final List<String> NOTES = List.of(
            "Person details are written as the request recorded them (RecordSen2Details); a person with none "
                    + "recorded is listed by the validation (SEN2-V01, V02, V04, V05).",
            "Not held by health yet, so not written: mediation and tribunal items (RequestMediation, RequestTribunal, "
                    + "AssessmentMediation, AssessmentTribunal, OtherMediation, OtherTribunal), Exported, "
                    + "personal budgets (PB, OA, DP), PlanRes, PlanWPB, TransferLA, RES, WPB, ReviewOutcome, "
                    + "SENSetting and the unit and resourced provision indicators.",
            "Header: LEA, Release, SerialNo and DateTime are left for the uploader (health is not configured with "
                    + "the authority's code).",
            "Validation: the rule ids SEN2-V01 to SEN2-V19 are CYPF's own checks of the items health holds, not the "
                    + "DfE's rule numbers (its validation rules were not to hand, ADR 0057); the DfE's collection "
                    + "runs its own rules on upload and may find more.");

    private final UnitOfWork unitOfWork;
    private final EhcRequests requests;
    private final ContextRecordAccess access;
    private final Sen2Writer writer;

    public Sen2ExportService(UnitOfWork unitOfWork, EhcRequests requests, ContextRecordAccess access, Sen2Writer writer) {
        this.unitOfWork = unitOfWork;
        this.requests = requests;
        this.access = access;
        this.writer = writer;
    }

    @Override
    public Sen2File sen2(Caller caller, int collectionYear) {
        LocalDate reference = Sen2Return.referenceDate(collectionYear);
        LocalDate from = Sen2Return.from(collectionYear);
        LocalDate to = Sen2Return.to(collectionYear);
        return unitOfWork.inTransaction(() -> {
            List<EhcRequest> counted = requests.forSen2(from, reference).stream()
                    .filter(r -> Sen2Return.counts(r, from, reference)).toList();
            access.authoriseAll(caller, new RecordIntent("ehc-needs-assessment", RecordAction.LIST,
                    "the SEN2 return"), counted.stream().map(EhcRequest::childId).distinct().toList());
            var sen2 = new Sen2Return(collectionYear, reference, from, to, counted);
            List<Sen2Issue> issues = Sen2Validation.check(sen2).stream().map(i -> new Sen2Issue(i.rule(),
                    i.severity().name(), i.childId(), i.requestId(), i.item(), i.message())).toList();
            boolean submittable = issues.stream().noneMatch(i -> i.severity().equals("ERROR"));
            int persons = (int) counted.stream().map(EhcRequest::childId).distinct().count();
            return new Sen2File(collectionYear, reference, from, to, "SEN2_" + collectionYear + ".xml",
                    writer.write(sen2), counted.size(), persons, submittable, issues, NOTES);
        });
    }
}
