package org.cypf.familysupport.request.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A request for support about a child (S001: "the right door is the first door"): received with the family's
 * consent, triaged once, and, when referred to a community service, accepted or declined by its provider. Changes
 * quote {@link #version()}.
 */
public final class RequestForSupport implements Versioned {
    /** Who asked. */
    public enum Requester { FAMILY, PARTNER }

    /** Where triage sends the family. */
    public enum TriageOutcome {
        /** Information and advice given; nothing more is needed. */
        INFORMATION_AND_ADVICE,
        /** A universal or community service from the directory, by referral to its provider. */
        COMMUNITY_SERVICE,
        /** An early help episode with a lead practitioner. */
        EARLY_HELP
    }

    /** The community service provider's answer to the referral. */
    public enum ProviderDecision { ACCEPTED, DECLINED }

    /** The requester's words are kept, within reason. */
    public static final int MAX_NEED = 4000;

    private final UUID id;
    private final ChildId childId;
    private final LocalDate receivedOn;
    private final Requester requestedBy;
    private final String partnerOrganisation;
    private final String need;
    private final String consentGivenBy;
    private final LocalDate consentGivenOn;
    private final UUID steppedDownFromContact;
    private final TriageOutcome triageOutcome;
    private final LocalDate triagedOn;
    private final UUID directoryServiceId;
    private final ProviderDecision providerDecision;
    private final LocalDate providerDecidedOn;
    private final long version;
    private final HandedOver handedOver;

    private RequestForSupport(UUID id, ChildId childId, LocalDate receivedOn, Requester requestedBy,
                              String partnerOrganisation, String need, String consentGivenBy, LocalDate consentGivenOn,
                              UUID steppedDownFromContact, TriageOutcome triageOutcome, LocalDate triagedOn, UUID directoryServiceId,
                              ProviderDecision providerDecision, LocalDate providerDecidedOn, long version,
                              HandedOver handedOver) {
        this.id = id;
        this.childId = childId;
        this.receivedOn = receivedOn;
        this.requestedBy = requestedBy;
        this.partnerOrganisation = partnerOrganisation;
        this.need = need;
        this.consentGivenBy = consentGivenBy;
        this.consentGivenOn = consentGivenOn;
        this.steppedDownFromContact = steppedDownFromContact;
        this.triageOutcome = triageOutcome;
        this.triagedOn = triagedOn;
        this.directoryServiceId = directoryServiceId;
        this.providerDecision = providerDecision;
        this.providerDecidedOn = providerDecidedOn;
        this.version = version;
        this.handedOver = handedOver;
    }

    /** A request as stored: persistence only (ADR 0018). */
    @Rebuild
    public static RequestForSupport rebuild(UUID id, ChildId childId, LocalDate receivedOn, Requester requestedBy,
                                            String partnerOrganisation, String need, String consentGivenBy,
                                            LocalDate consentGivenOn, UUID steppedDownFromContact,
                                            TriageOutcome triageOutcome, LocalDate triagedOn,
                                            UUID directoryServiceId, ProviderDecision providerDecision,
                                            LocalDate providerDecidedOn, long version, HandedOver handedOver) {
        return new RequestForSupport(id, childId, receivedOn, requestedBy, partnerOrganisation, need, consentGivenBy,
                consentGivenOn, steppedDownFromContact, triageOutcome, triagedOn, directoryServiceId, providerDecision, providerDecidedOn,
                version, handedOver);
    }

    /** A request received on {@code receivedOn}, with consent given on or before it; never in the future. */
    public static Changed<RequestForSupport> received(UUID id, ChildId childId, LocalDate receivedOn,
                                                      String requestedBy, String partnerOrganisation, String need,
                                                      String consentGivenBy, LocalDate consentGivenOn,
                                                      LocalDate today) {
        var v = new Violations();
        day(v, "receivedOn", receivedOn, null, today);
        Requester requester = code(v, "requestedBy", requestedBy, Requester.class);
        String partner = blankToNull(partnerOrganisation);
        if (requester == Requester.PARTNER) {
            v.check(partner != null, "partnerOrganisation", "is required when a partner made the request");
        } else if (requester == Requester.FAMILY) {
            v.check(partner == null, "partnerOrganisation", "must be absent when the family asked themselves");
        }
        String words = blankToNull(need);
        v.check(words != null, "need", "is required: what the family needs help with");
        v.check(words == null || words.length() <= MAX_NEED, "need", "must be at most " + MAX_NEED + " characters");
        String consenting = blankToNull(consentGivenBy);
        v.check(consenting != null, "consentGivenBy",
                "is required: early help is voluntary, so a request is made with the family's consent");
        day(v, "consentGivenOn", consentGivenOn, null, receivedOn == null ? today : receivedOn);
        v.throwIfAny();
        return Changed.to(new RequestForSupport(id, childId, receivedOn, requester, partner, words, consenting,
                consentGivenOn, null, null, null, null, null, null, 0, null));
    }

    /** Who hands a step-down over: social care's front door, a partner like any other. */
    public static final String FRONT_DOOR = "children's social care (front door)";

    /**
     * A request opened from social care's step-down of contact {@code contactId} on {@code decidedOn}, the worry
     * handed over as the need and the rest of what the front door knew as {@code handedOver}; the family's consent
     * is recorded by family support before triage.
     */
    public static Changed<RequestForSupport> steppedDown(UUID id, ChildId childId, UUID contactId,
                                                         LocalDate decidedOn, String worry, HandedOver handedOver) {
        String need = worry == null || worry.isBlank() ? "stepped down from social care's front door" : worry.strip();
        return Changed.to(new RequestForSupport(id, childId, decidedOn, Requester.PARTNER, FRONT_DOOR,
                need.length() > MAX_NEED ? need.substring(0, MAX_NEED) : need, null, null, contactId, null, null, null,
                null, null, 0, handedOver));
    }

    /** The family's consent, once, on a request that was opened without it (a step-down). */
    public Changed<RequestForSupport> recordConsent(String by, LocalDate on, LocalDate today) {
        if (consentGivenBy != null) {
            throw new Conflict("consent was recorded on " + consentGivenOn);
        }
        var v = new Violations();
        String consenting = blankToNull(by);
        v.check(consenting != null, "consentGivenBy", "is required");
        day(v, "consentGivenOn", on, null, today);
        v.throwIfAny();
        return Changed.to(new RequestForSupport(id, childId, receivedOn, requestedBy, partnerOrganisation, need,
                consenting, on, steppedDownFromContact, null, null, null, null, null, version + 1, handedOver));
    }

    /** Triage, once: information and advice, a community service (named from the directory) or early help. */
    public Changed<RequestForSupport> triage(LocalDate on, String outcome, UUID serviceId, LocalDate today) {
        if (triageOutcome != null) {
            throw new Conflict("the request was triaged on " + triagedOn + " (" + triageOutcome + ")");
        }
        if (consentGivenBy == null) {
            throw new Conflict("record the family's consent before triage: early help is voluntary");
        }
        var v = new Violations();
        day(v, "triagedOn", on, receivedOn, today);
        TriageOutcome decided = code(v, "outcome", outcome, TriageOutcome.class);
        if (decided == TriageOutcome.COMMUNITY_SERVICE) {
            v.check(serviceId != null, "directoryServiceId", "is required: the community service referred to");
        } else if (decided != null) {
            v.check(serviceId == null, "directoryServiceId", "is given only with COMMUNITY_SERVICE");
        }
        v.throwIfAny();
        return Changed.to(new RequestForSupport(id, childId, receivedOn, requestedBy, partnerOrganisation, need,
                consentGivenBy, consentGivenOn, steppedDownFromContact, decided, on, serviceId, null, null,
                version + 1, handedOver));
    }

    /** The provider's answer to a community service referral, once. */
    public Changed<RequestForSupport> providerDecides(LocalDate on, String decision, LocalDate today) {
        if (triageOutcome != TriageOutcome.COMMUNITY_SERVICE) {
            throw new Conflict("only a referral to a community service is accepted or declined by its provider");
        }
        if (providerDecision != null) {
            throw new Conflict("the provider " + providerDecision.name().toLowerCase() + " the referral on "
                    + providerDecidedOn);
        }
        var v = new Violations();
        day(v, "decidedOn", on, triagedOn, today);
        ProviderDecision decided = code(v, "decision", decision, ProviderDecision.class);
        v.throwIfAny();
        return Changed.to(new RequestForSupport(id, childId, receivedOn, requestedBy, partnerOrganisation, need,
                consentGivenBy, consentGivenOn, steppedDownFromContact, triageOutcome, triagedOn, directoryServiceId,
                decided, on, version + 1, handedOver));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public LocalDate receivedOn() { return receivedOn; }
    public Requester requestedBy() { return requestedBy; }
    public String partnerOrganisation() { return partnerOrganisation; }
    public String need() { return need; }
    public String consentGivenBy() { return consentGivenBy; }
    public LocalDate consentGivenOn() { return consentGivenOn; }
    public UUID steppedDownFromContact() { return steppedDownFromContact; }
    public TriageOutcome triageOutcome() { return triageOutcome; }
    public LocalDate triagedOn() { return triagedOn; }
    public UUID directoryServiceId() { return directoryServiceId; }
    public ProviderDecision providerDecision() { return providerDecision; }
    public LocalDate providerDecidedOn() { return providerDecidedOn; }

    /** What social care handed over with a step-down; null for a request received any other way. */
    public HandedOver handedOver() {
        return handedOver;
    }

    @Override
    public long version() {
        return version;
    }
}
