package org.cypf.healthwellbeing.send.adapter.out.xml;

import java.io.StringWriter;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Return;
import org.cypf.healthwellbeing.send.port.Sen2Writer;

/**
 * Writes a {@link Sen2Return} in the DfE's SEN2 person-level XML layout ("SEN2 person level technical
 * specification", DfE, from the 2023 collection, section 3.2: {@code <Message>} with {@code <Header>} and
 * {@code <Persons>}; each {@code <Person>} holds its {@code <Requests>}, a request its {@code <Assessment>}, an
 * assessment its {@code <NamedPlan>}, and a plan active at the census date its {@code <ActivePlans>} with
 * {@code <PlacementDetail>} and {@code <SENneed>}). Element names as the specification spells them, dates as
 * yyyy-mm-dd; an element health holds nothing for is left out (the file's notes say which). Pure: the same return
 * always gives the same text.
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
            for (EhcRequest r : sen2.requests()) {
                person(w, sen2, r);
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

    private static void person(XMLStreamWriter w, Sen2Return sen2, EhcRequest r) throws XMLStreamException {
        w.writeStartElement("Person");
        w.writeStartElement("Requests");
        element(w, "ReceivedDate", r.receivedOn());
        element(w, "RequestOutcomeDate", r.decidedOn());
        if (r.decision() == EhcRequest.Decision.ASSESS) {
            w.writeStartElement("Assessment");
            element(w, "AssessmentOutcomeDate", r.planIssuedOn());
            if (r.planIssuedOn() != null) {
                w.writeStartElement("NamedPlan");
                element(w, "StartDate", r.planIssuedOn());
                element(w, "CeaseDate", r.ceasedOn());
                element(w, "CeaseReason", r.ceaseReason() == null ? null : String.valueOf(r.ceaseReason()));
                w.writeEndElement();
                boolean active = !r.planIssuedOn().isAfter(sen2.referenceDate())
                        && (r.ceasedOn() == null || r.ceasedOn().isAfter(sen2.referenceDate()));
                if (active) {
                    activePlan(w, r);
                }
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void activePlan(XMLStreamWriter w, EhcRequest r) throws XMLStreamException {
        w.writeStartElement("ActivePlans");
        w.writeStartElement("PlacementDetail");
        String setting = r.namedSetting();
        element(w, setting.length() == 6 ? "URN" : "UKPRN", setting);
        element(w, "PlacementRank", "1");
        w.writeEndElement();
        for (int i = 0; i < r.needTypes().size(); i++) {
            w.writeStartElement("SENneed");
            element(w, "SENtype", r.needTypes().get(i));
            element(w, "SENtypeRank", String.valueOf(i + 1));
            w.writeEndElement();
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
