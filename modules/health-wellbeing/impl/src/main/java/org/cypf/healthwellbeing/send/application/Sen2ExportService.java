package org.cypf.healthwellbeing.send.application;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.send.Sen2Export;
import org.cypf.healthwellbeing.api.send.Sen2File;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Return;
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
            "Person details (Surname, Forename, PersonBirthDate, Sex, Ethnicity, PostCode, UPN, UniqueLearnerNumber) "
                    + "are held by education and social care, not by health: the Person module carries only the "
                    + "requests, to be joined with them before submission.",
            "RequestOutcome and AssessmentOutcome are not written: their SEN2 codes are not in CYPF's code lists; "
                    + "the outcome dates are (RequestOutcomeDate; AssessmentOutcomeDate when the plan was issued).",
            "RequestSource, RYA, mediation and tribunal items, personal budgets, PlanRes/PlanLA, Transferred_in, "
                    + "EHCPlanReview and the setting type (SENSetting) are not recorded by health yet.",
            "Header: LEA is left for the uploader (health is not configured with the authority's code).");

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
            return new Sen2File(collectionYear, reference, from, to, "SEN2_" + collectionYear + ".xml",
                    writer.write(sen2), counted.size(), NOTES);
        });
    }
}
