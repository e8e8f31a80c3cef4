package org.cypf.socialcare.returns.adapter.out.xml;

import java.io.StringWriter;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.port.CinCensusWriter;

/**
 * Writes a {@link CinCensus} in the DfE's CIN census XML shape: {@code <Message>} with {@code <Header>} and
 * {@code <Children>}, element names as the DfE's specification spells them, dates as yyyy-mm-dd, booleans as 1/0.
 * An element CYPF holds nothing for is left out. Pure: the same census always gives the same text. Uses the JDK's
 * StAX writer ({@code javax.xml.stream}), which is why it is an adapter rather than part of the domain.
 */
public final class CinCensusXml implements CinCensusWriter {
    /** The first collection year whose specification names the child's sex {@code Sex} (M, F, U), not {@code GenderCurrent}. */
    public static final int FIRST_YEAR_WITH_SEX = 2024;

    @Override
    public String write(CinCensus census) {
        var out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Message");
            w.writeStartElement("Header");
            w.writeStartElement("CollectionDetails");
            element(w, "Collection", "CIN");
            element(w, "Year", String.valueOf(census.referenceDate().getYear()));
            element(w, "ReferenceDate", census.referenceDate());
            w.writeEndElement();
            w.writeStartElement("Source");
            element(w, "SourceLevel", "L");
            element(w, "LEA", census.lea());
            element(w, "SoftwareCode", "CYPF");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("Children");
            for (CinCensus.Child c : census.children()) {
                child(w, census.collectionYear(), c);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the CIN census", e);
        }
        return out.toString();
    }

    private static void child(XMLStreamWriter w, int year, CinCensus.Child c) throws XMLStreamException {
        w.writeStartElement("Child");
        w.writeStartElement("ChildIdentifiers");
        element(w, "LAchildID", c.laChildId());
        element(w, "UPN", c.upn());
        element(w, "FormerUPN", c.formerUpn());
        element(w, "UPNunknown", c.upnUnknown());
        element(w, "PersonBirthDate", c.birthDate());
        if (year >= FIRST_YEAR_WITH_SEX) {
            element(w, "Sex", switch (String.valueOf(c.sex())) {
                case "1" -> "M";
                case "2" -> "F";
                default -> "U";
            });
        } else {
            element(w, "GenderCurrent", switch (String.valueOf(c.sex())) {
                case "1" -> "1";
                case "2" -> "2";
                default -> "0";
            });
        }
        element(w, "PersonDeathDate", c.deathDate());
        w.writeEndElement();
        w.writeStartElement("ChildCharacteristics");
        element(w, "Ethnicity", c.ethnicity());
        if (!c.disabilities().isEmpty()) {
            w.writeStartElement("Disabilities");
            for (String d : c.disabilities()) {
                element(w, "Disability", d);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        for (CinCensus.CinEpisode e : c.episodes()) {
            episode(w, e);
        }
        w.writeEndElement();
    }

    private static void episode(XMLStreamWriter w, CinCensus.CinEpisode e) throws XMLStreamException {
        w.writeStartElement("CINdetails");
        element(w, "CINreferralDate", e.referralDate());
        element(w, "ReferralSource", e.referralSource());
        element(w, "PrimaryNeedCode", e.primaryNeedCode());
        element(w, "CINclosureDate", e.closureDate());
        element(w, "ReasonForClosure", e.reasonForClosure());
        element(w, "ReferralNFA", e.referralNfa() ? "1" : "0");
        for (CinCensus.AssessmentDetails a : e.assessments()) {
            w.writeStartElement("Assessments");
            element(w, "AssessmentActualStartDate", a.startDate());
            element(w, "AssessmentAuthorisationDate", a.authorisationDate());
            if (!a.factors().isEmpty()) {
                w.writeStartElement("FactorsIdentifiedAtAssessment");
                for (String factor : a.factors()) {
                    element(w, "AssessmentFactors", factor);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        for (CinCensus.CinPlan p : e.cinPlans()) {
            w.writeStartElement("CINPlanDates");
            element(w, "CINPlanStartDate", p.startDate());
            element(w, "CINPlanEndDate", p.endDate());
            w.writeEndElement();
        }
        for (CinCensus.Section47 s : e.section47s()) {
            w.writeStartElement("Section47");
            element(w, "S47ActualStartDate", s.startDate());
            element(w, "InitialCPCtarget", s.icpcTarget());
            element(w, "DateOfInitialCPC", s.icpcDate());
            element(w, "ICPCnotRequired", s.icpcNotRequired() ? "1" : "0");
            w.writeEndElement();
        }
        for (CinCensus.ProtectionPlan p : e.plans()) {
            w.writeStartElement("ChildProtectionPlans");
            element(w, "CPPstartDate", p.startDate());
            element(w, "CPPendDate", p.endDate());
            element(w, "InitialCategoryOfAbuse", p.initialCategory());
            element(w, "LatestCategoryOfAbuse", p.latestCategory());
            element(w, "NumberOfPreviousCPP", String.valueOf(p.previousPlans()));
            if (!p.reviewDates().isEmpty()) {
                w.writeStartElement("Reviews");
                for (LocalDate d : p.reviewDates()) {
                    element(w, "CPPreviewDate", d);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value.toString()); // LocalDate's toString is yyyy-mm-dd
        w.writeEndElement();
    }
}
