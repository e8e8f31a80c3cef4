package org.cypf.familysupport.earlyhelp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A family's early help episode under the Supporting Families outcome framework (DOMAIN.md, ADR 0060): opened from a
 * request triaged to early help with a lead practitioner; a whole-family assessment finds needs under the ten
 * headlines; a family plan sets goals under them; the team around the family and reviews follow; closure records a
 * reason and an outcome per headline with a need; six months on, a check records which outcomes were sustained, and
 * the episode decides whether the family counts as a successful outcome ({@link #successfulFamilyOutcome()}).
 * Changes quote {@link #version()}.
 */
public final class EarlyHelpEpisode implements Versioned {

    /** The framework's rule: needs under at least this many headlines. */
    public static final int HEADLINES_FOR_A_SUCCESSFUL_OUTCOME = 3;
    /** The framework's rule: outcomes sustained this many months after closure. */
    public static final int MONTHS_TO_SUSTAIN = 6;
    public static final int MAX_TEXT = 4000;

    public enum ClosureReason {
        OUTCOMES_ACHIEVED, STEPPED_UP_TO_SOCIAL_CARE, FAMILY_WITHDREW_CONSENT, MOVED_OUT_OF_AREA, OTHER
    }

    public enum Outcome { ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED }

    /** Sex as SSDA903 records it, for the front door to find the child. */
    public enum Ssda903Sex {
        MALE("1"), FEMALE("2");

        private final String code;

        Ssda903Sex(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The state under one headline the assessment found a need under. */
    public record Headline(SupportingFamiliesHeadline headline, String need, Outcome outcome, Boolean sustained) {}

    public record Goal(SupportingFamiliesHeadline headline, String goal) {}

    public record Member(String name, String organisation, String role, LocalDate joinedOn) {}

    public record Review(LocalDate heldOn, String progress, LocalDate nextReviewBy) {}

    public record FamilyMember(String name, String relationship) {}

    /** Early help stepped the child up to children's social care: the front door must hear of it. */
    public record SteppedUp(EarlyHelpEpisode episode, String localChildId, LocalDate dateOfBirth, Ssda903Sex sex,
                            List<FamilyMember> familyMembers) implements DomainEvent {}

    private final UUID id;
    private final ChildId childId;
    private final UUID requestId;
    private final LocalDate openedOn;
    private final String leadPractitioner;
    private final String leadOrganisation;
    private final LocalDate assessedOn;
    private final List<Headline> headlines;
    private final LocalDate planAgreedOn;
    private final List<Goal> goals;
    private final List<Member> team;
    private final List<Review> reviews;
    private final LocalDate steppedUpOn;
    private final String stepUpReason;
    private final LocalDate closedOn;
    private final ClosureReason closureReason;
    private final LocalDate sustainedCheckedOn;
    private final long version;

    private EarlyHelpEpisode(UUID id, ChildId childId, UUID requestId, LocalDate openedOn, String leadPractitioner,
                             String leadOrganisation, LocalDate assessedOn, List<Headline> headlines,
                             LocalDate planAgreedOn, List<Goal> goals, List<Member> team, List<Review> reviews,
                             LocalDate steppedUpOn, String stepUpReason, LocalDate closedOn,
                             ClosureReason closureReason, LocalDate sustainedCheckedOn, long version) {
        this.id = id;
        this.childId = childId;
        this.requestId = requestId;
        this.openedOn = openedOn;
        this.leadPractitioner = leadPractitioner;
        this.leadOrganisation = leadOrganisation;
        this.assessedOn = assessedOn;
        this.headlines = List.copyOf(headlines);
        this.planAgreedOn = planAgreedOn;
        this.goals = List.copyOf(goals);
        this.team = List.copyOf(team);
        this.reviews = List.copyOf(reviews);
        this.steppedUpOn = steppedUpOn;
        this.stepUpReason = stepUpReason;
        this.closedOn = closedOn;
        this.closureReason = closureReason;
        this.sustainedCheckedOn = sustainedCheckedOn;
        this.version = version;
    }

    /** An episode as stored: persistence only (ADR 0018). */
    @Rebuild
    public static EarlyHelpEpisode rebuild(UUID id, ChildId childId, UUID requestId, LocalDate openedOn,
                                           String leadPractitioner, String leadOrganisation, LocalDate assessedOn,
                                           List<Headline> headlines, LocalDate planAgreedOn, List<Goal> goals,
                                           List<Member> team, List<Review> reviews, LocalDate steppedUpOn,
                                           String stepUpReason, LocalDate closedOn, ClosureReason closureReason,
                                           LocalDate sustainedCheckedOn, long version) {
        return new EarlyHelpEpisode(id, childId, requestId, openedOn, leadPractitioner, leadOrganisation, assessedOn,
                headlines, planAgreedOn, goals, team, reviews, steppedUpOn, stepUpReason, closedOn, closureReason,
                sustainedCheckedOn, version);
    }

    private EarlyHelpEpisode with(LocalDate assessedOn, List<Headline> headlines, LocalDate planAgreedOn,
                                  List<Goal> goals, List<Member> team, List<Review> reviews, LocalDate steppedUpOn,
                                  String stepUpReason, LocalDate closedOn, ClosureReason closureReason,
                                  LocalDate sustainedCheckedOn) {
        return new EarlyHelpEpisode(id, childId, requestId, openedOn, leadPractitioner, leadOrganisation, assessedOn,
                headlines, planAgreedOn, goals, team, reviews, steppedUpOn, stepUpReason, closedOn, closureReason,
                sustainedCheckedOn, version + 1);
    }

    /**
     * An episode opened on {@code openedOn} from request {@code requestId}, triaged to early help on
     * {@code triagedOn}; the caller has checked that the request was triaged to early help.
     */
    public static Changed<EarlyHelpEpisode> open(UUID id, ChildId childId, UUID requestId, LocalDate triagedOn,
                                                 LocalDate openedOn, String leadPractitioner, String organisation,
                                                 LocalDate today) {
        var v = new Violations();
        day(v, "openedOn", openedOn, triagedOn, today);
        String lead = text(v, "leadPractitioner", leadPractitioner);
        String org = text(v, "leadPractitionerOrganisation", organisation);
        v.throwIfAny();
        return Changed.to(new EarlyHelpEpisode(id, childId, requestId, openedOn, lead, org, null, List.of(), null,
                List.of(), List.of(), List.of(), null, null, null, null, null, 0));
    }

    /** The whole-family assessment, once, while open: the needs found, at most one per headline, at least one. */
    public Changed<EarlyHelpEpisode> assess(LocalDate completedOn, List<Map.Entry<String, String>> needs,
                                            LocalDate today) {
        open("assess");
        if (assessedOn != null) {
            throw new Conflict("the whole-family assessment was completed on " + assessedOn);
        }
        var v = new Violations();
        day(v, "completedOn", completedOn, openedOn, today);
        List<Headline> found = new ArrayList<>();
        if (needs == null || needs.isEmpty()) {
            v.add("needs", "must name at least one need under a Supporting Families headline");
        } else {
            int i = 0;
            var seen = new EnumMap<SupportingFamiliesHeadline, Boolean>(SupportingFamiliesHeadline.class);
            for (var entry : needs) {
                String at = "needs[" + i++ + "]";
                SupportingFamiliesHeadline h = headline(v, at + ".headline", entry.getKey());
                String need = text(v, at + ".need", entry.getValue());
                if (h != null && seen.put(h, true) != null) {
                    v.add(at + ".headline", "names a headline already assessed: one need per headline");
                } else if (h != null && need != null) {
                    found.add(new Headline(h, need, null, null));
                }
            }
        }
        v.throwIfAny();
        return Changed.to(with(completedOn, found, planAgreedOn, goals, team, reviews, steppedUpOn, stepUpReason,
                closedOn, closureReason, sustainedCheckedOn));
    }

    /** The family plan, once, after the assessment: every goal under an assessed headline, every need with a goal. */
    public Changed<EarlyHelpEpisode> agreePlan(LocalDate agreedOn, List<Map.Entry<String, String>> proposed,
                                               LocalDate today) {
        open("agree a plan for");
        if (assessedOn == null) {
            throw new Conflict("the family plan follows the whole-family assessment, which is not yet recorded");
        }
        if (planAgreedOn != null) {
            throw new Conflict("the family plan was agreed on " + planAgreedOn);
        }
        var v = new Violations();
        day(v, "agreedOn", agreedOn, assessedOn, today);
        List<Goal> agreed = new ArrayList<>();
        if (proposed == null || proposed.isEmpty()) {
            v.add("goals", "must set at least one goal");
        } else {
            for (int i = 0; i < proposed.size(); i++) {
                String at = "goals[" + i + "]";
                SupportingFamiliesHeadline h = headline(v, at + ".headline", proposed.get(i).getKey());
                String goal = text(v, at + ".goal", proposed.get(i).getValue());
                if (h != null && headlines.stream().noneMatch(x -> x.headline() == h)) {
                    v.add(at + ".headline", "names a headline the assessment found no need under");
                } else if (h != null && goal != null) {
                    agreed.add(new Goal(h, goal));
                }
            }
            for (Headline h : headlines) {
                v.check(agreed.isEmpty() || agreed.stream().anyMatch(g -> g.headline() == h.headline()), "goals",
                        "must set a goal for every assessed need: none for " + h.headline());
            }
        }
        v.throwIfAny();
        return Changed.to(with(assessedOn, headlines, agreedOn, agreed, team, reviews, steppedUpOn, stepUpReason,
                closedOn, closureReason, sustainedCheckedOn));
    }

    /** A practitioner joins the team around the family while the episode is open. */
    public Changed<EarlyHelpEpisode> addTeamMember(String name, String organisation, String role, LocalDate joinedOn,
                                                   LocalDate today) {
        open("add to the team around");
        var v = new Violations();
        String n = text(v, "name", name);
        String o = text(v, "organisation", organisation);
        String r = text(v, "role", role);
        day(v, "joinedOn", joinedOn, openedOn, today);
        if (n != null && o != null && r != null) {
            v.check(team.stream().noneMatch(m -> m.name().equals(n) && m.organisation().equals(o)
                    && m.role().equals(r)), "name", "is already in the team around the family in that role");
        }
        v.throwIfAny();
        List<Member> after = new ArrayList<>(team);
        after.add(new Member(n, o, r, joinedOn));
        return Changed.to(with(assessedOn, headlines, planAgreedOn, goals, after, reviews, steppedUpOn, stepUpReason,
                closedOn, closureReason, sustainedCheckedOn));
    }

    /** A review of the family plan, once it is agreed, no earlier than the last review. */
    public Changed<EarlyHelpEpisode> review(LocalDate heldOn, String progress, LocalDate nextReviewBy,
                                            LocalDate today) {
        open("review");
        if (planAgreedOn == null) {
            throw new Conflict("a review reviews the family plan, which is not yet agreed");
        }
        var v = new Violations();
        LocalDate after = reviews.isEmpty() ? planAgreedOn : reviews.getLast().heldOn();
        day(v, "heldOn", heldOn, after, today);
        String p = text(v, "progress", progress);
        if (nextReviewBy != null && heldOn != null) {
            v.check(nextReviewBy.isAfter(heldOn), "nextReviewBy", "must be after heldOn");
        }
        v.throwIfAny();
        List<Review> all = new ArrayList<>(reviews);
        all.add(new Review(heldOn, p, nextReviewBy));
        return Changed.to(with(assessedOn, headlines, planAgreedOn, goals, team, all, steppedUpOn, stepUpReason,
                closedOn, closureReason, sustainedCheckedOn));
    }

    /**
     * The child stepped up to children's social care, once, while open: raises {@link SteppedUp}. The episode stays
     * open until the lead practitioner closes it (with STEPPED_UP_TO_SOCIAL_CARE when social care takes over).
     */
    public Changed<EarlyHelpEpisode> stepUp(LocalDate on, String localChildId, LocalDate dateOfBirth, String sex,
                                            String reason, List<FamilyMember> familyMembers, LocalDate today) {
        open("step up");
        if (steppedUpOn != null) {
            throw new Conflict("the child was stepped up to social care on " + steppedUpOn);
        }
        var v = new Violations();
        day(v, "steppedUpOn", on, openedOn, today);
        String child = text(v, "localChildId", localChildId);
        if (child != null) {
            v.check(child.length() <= 10, "localChildId", "must be at most 10 characters (SSDA903 CHILD)");
        }
        day(v, "dateOfBirth", dateOfBirth, null, today);
        Ssda903Sex s = Arrays.stream(Ssda903Sex.values()).filter(x -> x.code().equals(sex == null ? "" : sex.strip()))
                .findFirst().orElse(null);
        v.check(s != null, "sex", "must be 1 (male) or 2 (female), as SSDA903 SEX records it");
        String why = text(v, "reason", reason);
        List<FamilyMember> members = familyMembers == null ? List.of() : familyMembers;
        for (int i = 0; i < members.size(); i++) {
            text(v, "familyMembers[" + i + "].name", members.get(i).name());
            text(v, "familyMembers[" + i + "].relationship", members.get(i).relationship());
        }
        v.throwIfAny();
        var after = with(assessedOn, headlines, planAgreedOn, goals, team, reviews, on, why, closedOn, closureReason,
                sustainedCheckedOn);
        return Changed.to(after, new SteppedUp(after, child, dateOfBirth, s, List.copyOf(members)));
    }

    /** Closure, once, with a reason and an outcome for every headline the assessment found a need under. */
    public Changed<EarlyHelpEpisode> close(LocalDate on, String reason, List<Map.Entry<String, String>> outcomes,
                                           LocalDate today) {
        open("close");
        var v = new Violations();
        day(v, "closedOn", on, openedOn, today);
        ClosureReason why = code(v, "reason", reason, ClosureReason.class);
        if (why == ClosureReason.STEPPED_UP_TO_SOCIAL_CARE) {
            v.check(steppedUpOn != null, "reason", "STEPPED_UP_TO_SOCIAL_CARE needs the step-up recorded first");
        }
        Map<SupportingFamiliesHeadline, Outcome> given = new EnumMap<>(SupportingFamiliesHeadline.class);
        int i = 0;
        for (var entry : outcomes == null ? List.<Map.Entry<String, String>>of() : outcomes) {
            String at = "outcomes[" + i++ + "]";
            SupportingFamiliesHeadline h = headline(v, at + ".headline", entry.getKey());
            Outcome o = code(v, at + ".outcome", entry.getValue(), Outcome.class);
            if (h != null && headlines.stream().noneMatch(x -> x.headline() == h)) {
                v.add(at + ".headline", "names a headline the assessment found no need under");
            } else if (h != null && given.containsKey(h)) {
                v.add(at + ".headline", "names a headline already given: one outcome per headline");
            } else if (h != null && o != null) {
                given.put(h, o);
            }
        }
        for (Headline h : headlines) {
            v.check(given.containsKey(h.headline()), "outcomes", "must give an outcome for every assessed need: none for "
                    + h.headline());
        }
        v.throwIfAny();
        List<Headline> closed = headlines.stream()
                .map(h -> new Headline(h.headline(), h.need(), given.get(h.headline()), null)).toList();
        return Changed.to(with(assessedOn, closed, planAgreedOn, goals, team, reviews, steppedUpOn, stepUpReason, on,
                why, sustainedCheckedOn));
    }

    /**
     * The sustained-outcome check, once, no sooner than {@value #MONTHS_TO_SUSTAIN} months after closure, answering
     * for every headline with a need.
     */
    public Changed<EarlyHelpEpisode> checkSustained(LocalDate on, List<Map.Entry<String, Boolean>> sustained,
                                                    LocalDate today) {
        if (closedOn == null) {
            throw new Conflict("outcomes are checked for being sustained after the episode is closed");
        }
        if (sustainedCheckedOn != null) {
            throw new Conflict("the sustained-outcome check was recorded on " + sustainedCheckedOn);
        }
        var v = new Violations();
        day(v, "checkedOn", on, closedOn.plusMonths(MONTHS_TO_SUSTAIN), today);
        Map<SupportingFamiliesHeadline, Boolean> given = new EnumMap<>(SupportingFamiliesHeadline.class);
        int i = 0;
        for (var entry : sustained == null ? List.<Map.Entry<String, Boolean>>of() : sustained) {
            String at = "headlines[" + i++ + "]";
            SupportingFamiliesHeadline h = headline(v, at + ".headline", entry.getKey());
            if (h != null && headlines.stream().noneMatch(x -> x.headline() == h)) {
                v.add(at + ".headline", "names a headline the assessment found no need under");
            } else if (h != null && given.containsKey(h)) {
                v.add(at + ".headline", "names a headline already answered");
            } else if (h != null) {
                given.put(h, entry.getValue());
            }
        }
        for (Headline h : headlines) {
            v.check(given.containsKey(h.headline()), "headlines", "must answer for every assessed need: none for "
                    + h.headline());
        }
        v.throwIfAny();
        List<Headline> checked = headlines.stream()
                .map(h -> new Headline(h.headline(), h.need(), h.outcome(), given.get(h.headline()))).toList();
        return Changed.to(with(assessedOn, checked, planAgreedOn, goals, team, reviews, steppedUpOn, stepUpReason,
                closedOn, closureReason, on));
    }

    /**
     * Whether the family counts as a successful outcome, by the Supporting Families rule as DOMAIN.md states it:
     * needs under at least three headlines, a lead practitioner, a whole-family assessment and plan, and outcomes
     * sustained six months after closure. Where DOMAIN.md is silent (ADR 0060), "outcomes sustained" is read
     * strictly: under every headline with a need the outcome was ACHIEVED at closure and sustained at the check.
     * Null until the check is recorded: until then the rule cannot hold or fail.
     */
    public Boolean successfulFamilyOutcome() {
        if (sustainedCheckedOn == null) {
            return null;
        }
        return headlines.size() >= HEADLINES_FOR_A_SUCCESSFUL_OUTCOME
                && leadPractitioner != null
                && assessedOn != null
                && planAgreedOn != null
                && headlines.stream().allMatch(h -> h.outcome() == Outcome.ACHIEVED && Boolean.TRUE.equals(h.sustained()));
    }

    private void open(String what) {
        if (closedOn != null) {
            throw new Conflict("cannot " + what + " an episode closed on " + closedOn);
        }
    }

    private static void day(Violations v, String field, LocalDate day, LocalDate notBefore, LocalDate notAfter) {
        if (day == null) {
            v.add(field, "is required");
            return;
        }
        if (notBefore != null) {
            v.check(!day.isBefore(notBefore), field, "must not be before " + notBefore);
        }
        v.check(!day.isAfter(notAfter), field, "must not be after " + notAfter);
    }

    private static String text(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            v.add(field, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return text.strip();
    }

    private static SupportingFamiliesHeadline headline(Violations v, String field, String code) {
        if (code == null || code.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return SupportingFamiliesHeadline.of(code).orElseGet(() -> {
            v.add(field, "must be one of the ten Supporting Families headlines "
                    + Arrays.toString(SupportingFamiliesHeadline.values()));
            return null;
        });
    }

    private static <E extends Enum<E>> E code(Violations v, String field, String code, Class<E> type) {
        if (code == null || code.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code.strip())).findFirst()
                .orElseGet(() -> {
                    v.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
                    return null;
                });
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public UUID requestId() { return requestId; }
    public LocalDate openedOn() { return openedOn; }
    public String leadPractitioner() { return leadPractitioner; }
    public String leadOrganisation() { return leadOrganisation; }
    public LocalDate assessedOn() { return assessedOn; }
    public List<Headline> headlines() { return headlines; }
    public LocalDate planAgreedOn() { return planAgreedOn; }
    public List<Goal> goals() { return goals; }
    public List<Member> team() { return team; }
    public List<Review> reviews() { return reviews; }
    public LocalDate steppedUpOn() { return steppedUpOn; }
    public String stepUpReason() { return stepUpReason; }
    public LocalDate closedOn() { return closedOn; }
    public ClosureReason closureReason() { return closureReason; }
    public LocalDate sustainedCheckedOn() { return sustainedCheckedOn; }

    @Override
    public long version() {
        return version;
    }
}
