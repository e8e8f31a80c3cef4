package org.cypf.socialcare.returns.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.returns.CinCensusChildView;
import org.cypf.socialcare.api.returns.CinCensusEpisodeView;
import org.cypf.socialcare.api.returns.CinCensusRecording;
import org.cypf.socialcare.api.returns.RecordCinCensusChild;
import org.cypf.socialcare.api.returns.RecordCinCensusEpisode;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.socialcare.shared.port.Children;

/**
 * Records what the CIN census asks of a child and of a CIN episode, each in one unit of work: the child's record is
 * authorised (record type {@value #RECORD}, action UPDATE, audited) before anything is checked against it, so a
 * caller who may not see the child learns nothing of it; bad input changes nothing.
 */
public final class CinCensusDetailsService implements CinCensusRecording {
    static final String RECORD = "cin-census-details";

    private final UnitOfWork unitOfWork;
    private final Children children;
    private final Referrals referrals;
    private final CinCensusDetailsStore store;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final CinCensusCodes codes = CinCensusCodes.standard();

    public CinCensusDetailsService(UnitOfWork unitOfWork, Children children, Referrals referrals,
                                   CinCensusDetailsStore store, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.referrals = referrals;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public CinCensusChildView recordChild(Caller caller, RecordCinCensusChild command) {
        ChildId id = ChildRecords.childId(command.childId());
        List<String> disabilities = command.disabilities() == null ? List.of() : command.disabilities();
        if (disabilities.size() > RecordCinCensusChild.MAX_DISABILITIES) {
            throw InvalidInput.of("disabilities", "must have at most " + RecordCinCensusChild.MAX_DISABILITIES
                    + " codes");
        }
        var details = new CinCensusDetails.Child(blankAsNull(command.ethnicity()), disabilities,
                blankAsNull(command.upnUnknown()), blankAsNull(command.formerUpn()), command.deathDate());
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            var intent = new RecordIntent(RECORD, RecordAction.UPDATE, "recording a child's CIN census details");
            Child child = ChildRecords.find(children, id, access, caller, intent);
            access.authorise(caller, intent, child.id());
            details.check(child.dateOfBirth(), today, codes);
            store.save(child.id(), details);
            return new CinCensusChildView(child.id().toString(), child.localChildId(), details.ethnicity(),
                    details.disabilities(), details.upnUnknown(), details.formerUpn(), details.deathDate());
        });
    }

    @Override
    public CinCensusEpisodeView recordEpisode(Caller caller, RecordCinCensusEpisode command) {
        if (command.referralId() == null) {
            throw InvalidInput.of("referralId", "is required");
        }
        List<RecordCinCensusEpisode.CinPlanDates> plans = command.cinPlans() == null ? List.of() : command.cinPlans();
        if (plans.size() > RecordCinCensusEpisode.MAX_CIN_PLANS) {
            throw InvalidInput.of("cinPlans", "must have at most " + RecordCinCensusEpisode.MAX_CIN_PLANS + " plans");
        }
        var details = new CinCensusDetails.Episode(blankAsNull(command.primaryNeedCode()), plans.stream()
                .map(p -> new CinCensusDetails.CinPlan(UUID.randomUUID(), p == null ? null : p.startDate(),
                        p == null ? null : p.endDate())).toList());
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            var intent = new RecordIntent(RECORD, RecordAction.UPDATE, "recording a CIN episode's CIN census details");
            Referral referral = referrals.find(command.referralId()).orElseThrow(() -> ChildRecords.notFound(access,
                    caller, intent, "no referral with this id"));
            access.authorise(caller, intent, referral.childId());
            details.check(referral.referralDate(), referral.closureDate(), today, codes);
            store.save(referral.id(), details);
            return new CinCensusEpisodeView(referral.id(), referral.childId().toString(), details.primaryNeed(),
                    details.cinPlans().stream()
                            .map(p -> new RecordCinCensusEpisode.CinPlanDates(p.startDate(), p.endDate())).toList());
        });
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
