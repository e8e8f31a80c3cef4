package org.cypf.healthwellbeing.send.adapter.out.xml;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Facts;
import org.cypf.healthwellbeing.send.domain.Sen2Return;
import org.cypf.healthwellbeing.send.port.Sen2Writer;
import org.cypf.kernel.identity.ChildId;

/**
 * Writes a {@link Sen2Return} in the DfE's SEN2 person-level XML layout as the 2026 collection's guide describes it
 * (modules 0-5; ADR 0057): {@code <Message>} with {@code <Header>} ({@code CollectionDetails}, {@code Source}) and
 * {@code <Persons>}; one {@code <Person>} per child (module 1: Surname, Forename, PersonBirthDate, Sex, Ethnicity,
 * PostCode, UPN, UniqueLearnerNumber, UPNunknown), holding one {@code <Requests>} per request (module 2:
 * ReceivedDate, RequestSource, RYA, RequestOutcomeDate, RequestOutcome); an assessed request its
 * {@code <Assessment>} (module 3: AssessmentOutcome, AssessmentOutcomeDate, Week20), which holds the
 * {@code <NamedPlan>} (module 4: StartDate, CeaseDate, CeaseReason, {@code <PlanDetail>} URN or UKPRN and
 * PlacementRank); and a plan in force on the census date its {@code <ActivePlans>} (module 5: ReviewMeeting,
 * {@code <PlacementDetail>}, {@code <SENneed>} SENtype and SENtypeRank). Dates yyyy-mm-dd; an item CYPF does not
 * hold is left out (the file's notes say which). Pure: the same return always gives the same text.
 */
public final class Sen2Xml implements Sen2Writer {

    @Override
    public String write(Sen2Return sen2) {
        var out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Message");
            w.writeStartElement("Header");
            w.writeStartElement("CollectionDetails");
            element(w, "Collection", "SEN2");
            element(w, "Year", String.valueOf(sen2.collectionYear()));
            element(w, "ReferenceDate", sen2.referenceDate());
            w.writeEndElement();
            w.writeStartElement("Source");
            element(w, "SourceLevel", "L");
            element(w, "SoftwareCode", "CYPF");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("Persons");
            for (List<EhcRequest> requests : byPerson(sen2.requests()).values()) {
                person(w, sen2, requests);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the SEN2 return", e);
        }
        return out.toString();
    }

    /** The requests grouped by child, in the order of each child's first request (the return's order). */
    public static Map<ChildId, List<EhcRequest>> byPerson(List<EhcRequest> requests) {
        Map<ChildId, List<EhcRequest>> persons = new LinkedHashMap<>();
        for (EhcRequest r : requests) {
            persons.computeIfAbsent(r.childId(), c -> new ArrayList<>()).add(r);
        }
        return persons;
    }

    private static void person(XMLStreamWriter w, Sen2Return sen2, List<EhcRequest> requests)
            throws XMLStreamException {
        // The person's details as the latest request recorded them: a later request corrects an earlier one.
        Sen2Facts f = requests.stream().map(EhcRequest::sen2).filter(s -> s.surname() != null || s.birthDate() != null)
                .reduce((a, b) -> b).orElse(requests.getLast().sen2());
        w.writeStartElement("Person");
        element(w, "Surname", f.surname());
        element(w, "Forename", f.forename());
        element(w, "PersonBirthDate", f.birthDate());
        element(w, "Sex", f.sex());
        element(w, "Ethnicity", f.ethnicity());
        element(w, "PostCode", f.postcode());
        element(w, "UPN", f.upn());
        element(w, "UniqueLearnerNumber", f.uln());
        element(w, "UPNunknown", f.upnUnknown());
        for (EhcRequest r : requests) {
            request(w, sen2, r);
        }
        w.writeEndElement();
    }

    private static void request(XMLStreamWriter w, Sen2Return sen2, EhcRequest r) throws XMLStreamException {
        w.writeStartElement("Requests");
        element(w, "ReceivedDate", r.receivedOn());
        element(w, "RequestSource", r.sen2().requestSource());
        element(w, "RYA", r.sen2().rya() == null ? null : r.sen2().rya() ? "1" : "0");
        element(w, "RequestOutcomeDate", Sen2Return.requestOutcomeDate(r));
        element(w, "RequestOutcome", sen2.requestOutcome(r));
        if (r.decision() == EhcRequest.Decision.ASSESS) {
            w.writeStartElement("Assessment");
            String outcome = sen2.assessmentOutcome(r);
            element(w, "AssessmentOutcome", outcome);
            element(w, "AssessmentOutcomeDate", Sen2Return.assessmentOutcomeDate(r));
            if (outcome.equals("Y")) {
                element(w, "Week20", r.exception() != null ? "1" : "0");
            }
            if (r.planIssuedOn() != null) {
                w.writeStartElement("NamedPlan");
                element(w, "StartDate", r.planIssuedOn());
                element(w, "CeaseDate", r.ceasedOn());
                element(w, "CeaseReason", r.ceaseReason());
                setting(w, "PlanDetail", r);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (sen2.activeAtReference(r)) {
            activePlan(w, r);
        }
        w.writeEndElement();
    }

    private static void activePlan(XMLStreamWriter w, EhcRequest r) throws XMLStreamException {
        w.writeStartElement("ActivePlans");
        if (!r.annualReviews().isEmpty()) {
            element(w, "ReviewMeeting", r.annualReviews().getLast());
        }
        setting(w, "PlacementDetail", r);
        for (int i = 0; i < r.needTypes().size(); i++) {
            w.writeStartElement("SENneed");
            element(w, "SENtype", r.needTypes().get(i));
            element(w, "SENtypeRank", i + 1);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void setting(XMLStreamWriter w, String name, EhcRequest r) throws XMLStreamException {
        String setting = r.namedSetting();
        if (setting == null) {
            return;
        }
        w.writeStartElement(name);
        element(w, setting.length() == 6 ? "URN" : "UKPRN", setting);
        element(w, "PlacementRank", 1);
        if (name.equals("PlacementDetail")) {
            element(w, "EntryDate", r.planIssuedOn());
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value instanceof LocalDate d ? d.toString() : value.toString());
        w.writeEndElement();
    }
}
