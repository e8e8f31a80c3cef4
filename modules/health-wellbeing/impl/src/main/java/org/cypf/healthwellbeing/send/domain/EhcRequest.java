package org.cypf.healthwellbeing.send.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.healthwellbeing.shared.domain.Sen2Codes;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A request for an education, health and care (EHC) needs assessment, to the plan it may lead to (SEND Regulations
 * 2014; SEN2): the decision whether to assess within 6 weeks of the request, advice from social care and education
 * within 6 weeks of asking, the final plan within 20 weeks of the request unless an exception applied (recorded),
 * the plan's SEN2 need types and named setting, its annual reviews and its end with a SEN2 cease reason.
 */
public final class EhcRequest implements Versioned {
    public static final int DECISION_WEEKS = 6;
    public static final int ADVICE_WEEKS = 6;
    public static final int PLAN_WEEKS = 20;
    public static final List<String> ADVISERS = List.of("social-care", "education-skills");

    public enum Decision { ASSESS, NOT_TO_ASSESS }

    /**
     * Advice asked of an adviser, due 6 weeks later; {@code receivedOn} is null until the answer comes back.
     * {@code answeredBy} and {@code summary} are the practitioner who recorded the advice and its gist; both null
     * when the adviser's context answered by its event.
     */
    public record AdviceRequest(String adviser, LocalDate requestedOn, LocalDate dueBy, LocalDate receivedOn,
                                String answeredBy, String summary) {
        public AdviceRequest(String adviser, LocalDate requestedOn, LocalDate dueBy, LocalDate receivedOn) {
            this(adviser, requestedOn, dueBy, receivedOn, null, null);
        }

        /** Whether the answer came by its due date; null while none has come. */
        public Boolean onTime() {
            return receivedOn == null ? null : !receivedOn.isAfter(dueBy);
        }

        /** Not answered and past its due date on {@code day}. */
        public boolean overdueOn(LocalDate day) {
            return receivedOn == null && day.isAfter(dueBy);
        }
    }

    /** Advice was asked of another context: it is told (health-wellbeing.ehc-advice-requested). */
    public record AdviceRequested(EhcRequest request, AdviceRequest advice) implements DomainEvent {}

    private final UUID id;
    private final ChildId childId;
    private final NhsNumber nhsNumber;
    private final LocalDate receivedOn;
    private final LocalDate decidedOn;
    private final Decision decision;
    private final List<AdviceRequest> advice;
    private final LocalDate draftIssuedOn;
    private final LocalDate planIssuedOn;
    private final String exception;
    private final List<String> needTypes;
    private final String namedSetting;
    private final List<LocalDate> annualReviews;
    private final LocalDate ceasedOn;
    private final Integer ceaseReason;
    private final Sen2Facts sen2;
    private final long version;

    private EhcRequest(UUID id, ChildId childId, NhsNumber nhsNumber, LocalDate receivedOn, LocalDate decidedOn,
                       Decision decision, List<AdviceRequest> advice, LocalDate draftIssuedOn, LocalDate planIssuedOn,
                       String exception, List<String> needTypes, String namedSetting, List<LocalDate> annualReviews,
                       LocalDate ceasedOn, Integer ceaseReason, Sen2Facts sen2, long version) {
        this.id = id;
        this.childId = childId;
        this.nhsNumber = nhsNumber;
        this.receivedOn = receivedOn;
        this.decidedOn = decidedOn;
        this.decision = decision;
        this.advice = List.copyOf(advice);
        this.draftIssuedOn = draftIssuedOn;
        this.planIssuedOn = planIssuedOn;
        this.exception = exception;
        this.needTypes = List.copyOf(needTypes);
        this.namedSetting = namedSetting;
        this.annualReviews = List.copyOf(annualReviews);
        this.ceasedOn = ceasedOn;
        this.ceaseReason = ceaseReason;
        this.sen2 = sen2;
        this.version = version;
    }

    /** A request as stored: persistence only (ADR 0018). */
    @Rebuild
    public static EhcRequest rebuild(UUID id, ChildId childId, NhsNumber nhsNumber, LocalDate receivedOn,
                                     LocalDate decidedOn, Decision decision, List<AdviceRequest> advice,
                                     LocalDate draftIssuedOn, LocalDate planIssuedOn, String exception,
                                     List<String> needTypes, String namedSetting, List<LocalDate> annualReviews,
                                     LocalDate ceasedOn, Integer ceaseReason, Sen2Facts sen2, long version) {
        return new EhcRequest(id, childId, nhsNumber, receivedOn, decidedOn, decision, advice, draftIssuedOn,
                planIssuedOn, exception, needTypes, namedSetting, annualReviews, ceasedOn, ceaseReason, sen2, version);
    }

    /** A request received (by a parent, young person or school). */
    public static Changed<EhcRequest> receive(UUID id, ChildId childId, NhsNumber nhsNumber, LocalDate receivedOn,
                                              LocalDate today) {
        var v = new Violations();
        date(v, "receivedOn", receivedOn, null, today);
        v.throwIfAny();
        return Changed.to(new EhcRequest(id, childId, nhsNumber, receivedOn, null, null, List.of(), null, null, null,
                List.of(), null, List.of(), null, null, Sen2Facts.NONE, 0));
    }

    /** The decision whether to assess. */
    public Changed<EhcRequest> decide(LocalDate on, String decisionName, LocalDate today) {
        if (decision != null) {
            throw new Conflict("the decision was made on " + decidedOn);
        }
        var v = new Violations();
        date(v, "decidedOn", on, receivedOn, today);
        Decision d = null;
        if (decisionName == null || decisionName.isBlank()) {
            v.add("decision", "is required: ASSESS or NOT_TO_ASSESS");
        } else {
            try {
                d = Decision.valueOf(decisionName.strip());
            } catch (IllegalArgumentException e) {
                v.add("decision", "must be ASSESS or NOT_TO_ASSESS");
            }
        }
        v.throwIfAny();
        return Changed.to(copy(on, d, advice, draftIssuedOn, planIssuedOn, exception, needTypes, namedSetting,
                annualReviews, ceasedOn, ceaseReason));
    }

    /** Asks another context for its advice, due within 6 weeks; asking the same adviser twice is refused. */
    public Changed<EhcRequest> requestAdvice(String adviser, LocalDate on, LocalDate today) {
        requireAssessing();
        if (advice.stream().anyMatch(a -> a.adviser().equals(adviser))) {
            throw new Conflict(adviser + "'s advice was already asked for");
        }
        var v = new Violations();
        if (!ADVISERS.contains(adviser)) {
            v.add("adviser", "must be one of " + String.join(", ", ADVISERS));
        }
        date(v, "requestedOn", on, decidedOn, today);
        v.throwIfAny();
        var asked = new AdviceRequest(adviser, on, on.plusWeeks(ADVICE_WEEKS), null);
        List<AdviceRequest> after = new ArrayList<>(advice);
        after.add(asked);
        EhcRequest changed = copy(decidedOn, decision, after, draftIssuedOn, planIssuedOn, exception, needTypes,
                namedSetting, annualReviews, ceasedOn, ceaseReason);
        return Changed.to(changed, new AdviceRequested(changed, asked));
    }

    /**
     * The adviser's answer came back on {@code on}. An answer already recorded is not recorded again (empty), so a
     * repeated answer changes nothing; an answer from an adviser never asked is refused.
     */
    public java.util.Optional<Changed<EhcRequest>> adviceReceived(String adviser, LocalDate on) {
        AdviceRequest asked = advice.stream().filter(a -> a.adviser().equals(adviser)).findFirst()
                .orElseThrow(() -> new Conflict(adviser + "'s advice was not asked for"));
        if (asked.receivedOn() != null) {
            return java.util.Optional.empty();
        }
        if (on == null || on.isBefore(asked.requestedOn())) {
            throw new Conflict(adviser + "'s advice cannot come before it was asked for on " + asked.requestedOn());
        }
        List<AdviceRequest> after = advice.stream().map(a -> a == asked
                ? new AdviceRequest(a.adviser(), a.requestedOn(), a.dueBy(), on) : a).toList();
        return java.util.Optional.of(Changed.to(copy(decidedOn, decision, after, draftIssuedOn, planIssuedOn, exception,
                needTypes, namedSetting, annualReviews, ceasedOn, ceaseReason)));
    }

    /**
     * A practitioner gives the adviser's advice ({@code by}, their user id; {@code summary}, its gist): the answer is
     * recorded as if the adviser's event had come, and a later event for it changes nothing. Advice already
     * answered is refused, so two practitioners cannot both answer it.
     */
    public Changed<EhcRequest> adviceGiven(String adviser, LocalDate on, String by, String summary, LocalDate today) {
        var v = new Violations();
        AdviceRequest asked = advice.stream().filter(a -> a.adviser().equals(adviser)).findFirst().orElse(null);
        if (asked == null) {
            v.add("adviser", ADVISERS.contains(adviser) ? adviser + "'s advice was not asked for"
                    : "must be one of " + String.join(", ", ADVISERS));
        }
        date(v, "givenOn", on, asked == null ? null : asked.requestedOn(), today);
        if (summary == null || summary.isBlank()) {
            v.add("summary", "is required: the advice in brief");
        } else if (summary.length() > 2000) {
            v.add("summary", "must be at most 2000 characters");
        }
        v.throwIfAny();
        if (asked.receivedOn() != null) {
            throw new Conflict(adviser + "'s advice was received on " + asked.receivedOn());
        }
        List<AdviceRequest> after = advice.stream().map(a -> a == asked
                ? new AdviceRequest(a.adviser(), a.requestedOn(), a.dueBy(), on, by, summary.strip()) : a).toList();
        return Changed.to(copy(decidedOn, decision, after, draftIssuedOn, planIssuedOn, exception, needTypes,
                namedSetting, annualReviews, ceasedOn, ceaseReason));
    }

    /**
     * Issues the final plan. Issued after its 20-week due date, it may record the exception that allowed it
     * (regulation 13(3)); a late plan without one was simply late. Issued on time, none may be given.
     */
    public Changed<EhcRequest> issuePlan(LocalDate draftOn, LocalDate issuedOn, List<String> needs, String setting,
                                         String exceptionGiven, LocalDate today) {
        requireAssessing();
        requireOpen();
        var v = new Violations();
        date(v, "draftIssuedOn", draftOn, decidedOn, today);
        date(v, "issuedOn", issuedOn, draftOn != null ? draftOn : decidedOn, today);
        if (needs == null || needs.isEmpty()) {
            v.add("needTypes", "is required: the child's SEN2 need types, primary first");
        } else {
            for (int i = 0; i < needs.size(); i++) {
                int at = i;
                Sen2Codes.needTypeRefusal(needs.get(i), issuedOn != null ? issuedOn : today)
                        .ifPresent(r -> v.add("needTypes[" + at + "]", r));
            }
            if (needs.stream().distinct().count() != needs.size()) {
                v.add("needTypes", "must not repeat a need type");
            }
        }
        if (setting == null || !setting.strip().matches("\\d{6}|\\d{8}")) {
            v.add("namedSetting", "is required: the setting's URN (6 digits) or UKPRN (8 digits)");
        }
        String why = exceptionGiven == null || exceptionGiven.isBlank() ? null : exceptionGiven.strip();
        if (issuedOn != null && why != null && !issuedOn.isAfter(planDueBy())) {
            v.add("exception", "is given only for a plan issued after its due date (" + planDueBy() + ")");
        }
        v.throwIfAny();
        return Changed.to(copy(decidedOn, decision, advice, draftOn, issuedOn, why, needs, setting.strip(),
                annualReviews, ceasedOn, ceaseReason));
    }

    /** An annual review of the plan held. */
    public Changed<EhcRequest> review(LocalDate on, LocalDate today) {
        requireOpenPlan();
        var v = new Violations();
        LocalDate after = annualReviews.isEmpty() ? planIssuedOn : annualReviews.getLast();
        date(v, "reviewedOn", on, after, today);
        if (on != null && on.equals(after)) {
            v.add("reviewedOn", "must be after " + after);
        }
        v.throwIfAny();
        List<LocalDate> held = new ArrayList<>(annualReviews);
        held.add(on);
        return Changed.to(copy(decidedOn, decision, advice, draftIssuedOn, planIssuedOn, exception, needTypes,
                namedSetting, held, ceasedOn, ceaseReason));
    }

    /** The plan ceases, for a SEN2 cease reason (1-9). */
    public Changed<EhcRequest> cease(LocalDate on, Integer reason, LocalDate today) {
        requireOpenPlan();
        var v = new Violations();
        date(v, "ceasedOn", on, planIssuedOn, today);
        if (!Sen2Codes.isCeaseReason(reason)) {
            v.add("reason", "must be a SEN2 cease reason, 1 to 9");
        }
        v.throwIfAny();
        return Changed.to(copy(decidedOn, decision, advice, draftIssuedOn, planIssuedOn, exception, needTypes,
                namedSetting, annualReviews, on, reason));
    }

    /**
     * Records what SEN2 asks of the person and the request (see {@link Sen2Facts}), checked against SEN2's formats;
     * the two ends it codes as outcomes are recorded by {@link #withdraw} and {@link #decideNotToIssue}.
     */
    public Changed<EhcRequest> recordSen2Details(Sen2Facts given, LocalDate today) {
        var v = new Violations();
        if (given.birthDate() != null && (given.birthDate().isAfter(receivedOn))) {
            v.add("birthDate", "must be before the request was received (" + receivedOn + ")");
        }
        if (given.sex() != null && !List.of("M", "F").contains(given.sex())) {
            v.add("sex", "must be M or F (SEN2 Sex)");
        }
        if (given.ethnicity() != null && !given.ethnicity().matches("[A-Z]{4}")) {
            v.add("ethnicity", "must be a DfE ethnicity code: four capital letters (WBRI, MWBC, ...)");
        }
        if (given.postcode() != null && !given.postcode().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            v.add("postcode", "must be a UK postcode in capitals");
        }
        Sen2Codes.upnRefusal(given.upn()).ifPresent(r -> v.add("upn", r));
        if (given.uln() != null && !given.uln().matches("[0-9]{10}")) {
            v.add("uln", "must be the unique learner number's 10 digits");
        }
        if (given.upnUnknown() != null && !given.upnUnknown().matches("UN([1-9]|10)")) {
            v.add("upnUnknown", "must be UN1 to UN10 (why neither UPN nor ULN is known)");
        }
        if (given.requestSource() != null && (given.requestSource() < 1 || given.requestSource() > 5)) {
            v.add("requestSource", "must be a SEN2 request source, 1 to 5");
        }
        v.throwIfAny();
        return Changed.to(withSen2(sen2.withPerson(given)));
    }

    /**
     * The request (before the decision whether to assess) or the assessment (before a plan or a decision not to
     * issue one) is withdrawn or ceased: SEN2's outcome W. Nothing further happens to it.
     */
    public Changed<EhcRequest> withdraw(LocalDate on, LocalDate today) {
        requireOpen();
        if (decision == Decision.NOT_TO_ASSESS) {
            throw new Conflict("the decision was not to assess");
        }
        var v = new Violations();
        date(v, "withdrawnOn", on, decidedOn != null ? decidedOn : receivedOn, today);
        v.throwIfAny();
        return Changed.to(withSen2(sen2.withdrawn(on)));
    }

    /** After assessing, it was decided not to issue a plan: SEN2's AssessmentOutcome N, dated. */
    public Changed<EhcRequest> decideNotToIssue(LocalDate on, LocalDate today) {
        requireAssessing();
        requireOpen();
        var v = new Violations();
        date(v, "decidedOn", on, decidedOn, today);
        v.throwIfAny();
        return Changed.to(withSen2(sen2.notToIssue(on)));
    }

    private void requireOpen() {
        if (planIssuedOn != null) {
            throw new Conflict("the plan was issued on " + planIssuedOn);
        }
        if (sen2.withdrawnOn() != null) {
            throw new Conflict("the request was withdrawn on " + sen2.withdrawnOn());
        }
        if (sen2.notToIssueOn() != null) {
            throw new Conflict("it was decided on " + sen2.notToIssueOn() + " not to issue a plan");
        }
    }

    private static void date(Violations v, String field, LocalDate date, LocalDate notBefore, LocalDate today) {
        if (date == null) {
            v.add(field, "is required");
        } else if (date.isAfter(today)) {
            v.add(field, "must not be in the future");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            v.add(field, "must not be before " + notBefore);
        }
    }

    private void requireAssessing() {
        if (decision != Decision.ASSESS) {
            throw new Conflict(decision == null ? "the decision whether to assess has not been made"
                    : "the decision was not to assess");
        }
    }

    private void requireOpenPlan() {
        if (planIssuedOn == null) {
            throw new Conflict("no plan has been issued");
        }
        if (ceasedOn != null) {
            throw new Conflict("the plan ceased on " + ceasedOn);
        }
    }

    private EhcRequest copy(LocalDate decidedOn, Decision decision, List<AdviceRequest> advice, LocalDate draftIssuedOn,
                            LocalDate planIssuedOn, String exception, List<String> needTypes, String namedSetting,
                            List<LocalDate> annualReviews, LocalDate ceasedOn, Integer ceaseReason) {
        return new EhcRequest(id, childId, nhsNumber, receivedOn, decidedOn, decision, advice, draftIssuedOn,
                planIssuedOn, exception, needTypes, namedSetting, annualReviews, ceasedOn, ceaseReason, sen2,
                version + 1);
    }

    private EhcRequest withSen2(Sen2Facts facts) {
        return new EhcRequest(id, childId, nhsNumber, receivedOn, decidedOn, decision, advice, draftIssuedOn,
                planIssuedOn, exception, needTypes, namedSetting, annualReviews, ceasedOn, ceaseReason, facts,
                version + 1);
    }

    public LocalDate decisionDueBy() {
        return receivedOn.plusWeeks(DECISION_WEEKS);
    }

    public LocalDate planDueBy() {
        return receivedOn.plusWeeks(PLAN_WEEKS);
    }

    /** Issued within 20 weeks of the request; null while no plan is issued. */
    public Boolean planWithinTwentyWeeks() {
        return planIssuedOn == null ? null : !planIssuedOn.isAfter(planDueBy());
    }

    /** The next annual review: within 12 months of the plan, then of the last review; null without an open plan. */
    public LocalDate nextReviewDue() {
        if (planIssuedOn == null || ceasedOn != null) {
            return null;
        }
        return (annualReviews.isEmpty() ? planIssuedOn : annualReviews.getLast()).plusMonths(12);
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public NhsNumber nhsNumber() { return nhsNumber; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate decidedOn() { return decidedOn; }
    public Decision decision() { return decision; }
    public List<AdviceRequest> advice() { return advice; }
    public LocalDate draftIssuedOn() { return draftIssuedOn; }
    public LocalDate planIssuedOn() { return planIssuedOn; }
    public String exception() { return exception; }
    public List<String> needTypes() { return needTypes; }
    public String namedSetting() { return namedSetting; }
    public List<LocalDate> annualReviews() { return annualReviews; }
    public LocalDate ceasedOn() { return ceasedOn; }
    public Integer ceaseReason() { return ceaseReason; }
    public Sen2Facts sen2() { return sen2; }

    @Override
    public long version() {
        return version;
    }
}
