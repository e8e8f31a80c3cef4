package org.cypf.socialcare.returns.adapter.out.xml;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.returns.port.CinCensusReader;
import org.cypf.socialcare.returns.port.CinCensusWriter;

/**
 * Writes a {@link CinCensus} in the DfE's CIN census XML shape, and reads one back ({@link #read}) with the same
 * element names into the same {@link CinCensus.Child}, so the export and the import are one mapping. Writes: {@code <Message>} with {@code <Header>} and
 * {@code <Children>}, element names as the DfE's specification spells them, dates as yyyy-mm-dd, booleans as 1/0.
 * An element CYPF holds nothing for is left out. Pure: the same census always gives the same text. Uses the JDK's
 * StAX writer ({@code javax.xml.stream}), which is why it is an adapter rather than part of the domain.
 */
public final class CinCensusXml implements CinCensusWriter, CinCensusReader {
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
                case "1" -> "M"; // SSDA903 sex, as CYPF holds it
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
        element(w, "DateOfInitialCPC", e.initialCpcDate());
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

    // ---- reading: the same element names, into the same CinCensus.Child ----

    /** An element as read: its name, the line it starts on, its text (trimmed) and its child elements. */
    private record Node(String name, int line, String text, List<Node> children) {
        Node first(String child) {
            return children.stream().filter(c -> c.name.equals(child)).findFirst().orElse(null);
        }

        List<Node> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }
    }

    /** The elements of the specification CYPF reads; any other is named once in the notes as not kept. */
    private static final Set<String> READ = Set.of("Message", "Header", "CollectionDetails", "Collection", "Year",
            "ReferenceDate", "Source", "SourceLevel", "LEA", "SoftwareCode", "SoftwareVersion", "Release", "SerialNo",
            "DateTime", "Children", "Child", "ChildIdentifiers", "LAchildID", "UPN", "FormerUPN", "UPNunknown",
            "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "GenderCurrent", "PersonDeathDate",
            "ChildCharacteristics", "Ethnicity", "Disabilities", "Disability", "CINdetails", "CINreferralDate",
            "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA", "Assessments",
            "AssessmentActualStartDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment",
            "AssessmentFactors", "CINPlanDates", "CINPlanStartDate", "CINPlanEndDate", "Section47",
            "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired", "ChildProtectionPlans",
            "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP",
            "Reviews", "CPPreviewDate");

    /**
     * Reads with the JDK's StAX reader, hardened: no DTD (so no external entity, no entity expansion), no external
     * entities, a document over {@link CinCensusReader#MAX_CHARS} refused before it is parsed. Each {@code <Child>}
     * is read as a small tree and mapped at once, so the memory a file takes is its children's, not a DOM's.
     */
    @Override
    public CinCensusUpload read(int collectionYear, String fileName, String xml) {
        var upload = new CinCensusUpload(collectionYear, fileName);
        if (xml == null || xml.isBlank()) {
            upload.fileError("is empty: send the CIN census XML");
            return upload;
        }
        if (xml.length() > MAX_CHARS) {
            upload.fileError("is larger than " + MAX_CHARS / (1024 * 1024) + " MiB");
            return upload;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        Set<String> notKept = new TreeSet<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            boolean root = true;
            boolean header = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    upload.fileError("holds a DTD (<!DOCTYPE>), which CYPF refuses: a CIN census file has none");
                    return upload;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (root) {
                    root = false;
                    if (!name.equals("Message")) {
                        upload.fileError("is not a CIN census: its root element is <" + name + ">, not <Message>");
                        return upload;
                    }
                    continue;
                }
                if (name.equals("Header")) {
                    header = true;
                    if (!header(upload, tree(r, notKept), collectionYear)) {
                        return upload;
                    }
                } else if (name.equals("Child")) {
                    child(upload, tree(r, notKept));
                }
            }
            if (root) {
                upload.fileError("is not a CIN census: it holds no <Message>");
            } else if (!header) {
                upload.fileError("has no <Header>: the collection's reference date is required (DfE rule 100)");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            upload.fileError("is not well-formed XML" + (line > 0 ? " at line " + line : ""));
            return upload;
        }
        if (!notKept.isEmpty()) {
            upload.note("Elements read and not kept (CYPF holds no such record): " + String.join(", ", notKept));
        }
        return upload;
    }

    /** The element the reader is on, with everything in it; leaves the reader on its end. */
    private static Node tree(XMLStreamReader r, Set<String> notKept) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        if (!READ.contains(name)) {
            notKept.add(name);
        }
        List<Node> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(tree(r, notKept));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("an entity reference (&" + r.getLocalName() + ";) is not allowed",
                        r.getLocation());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new Node(name, line, text.toString().strip(), children);
            }
        }
    }

    /** Checks the header names the CIN collection of the year asked for; false (a file error) when it does not. */
    private static boolean header(CinCensusUpload upload, Node header, int year) {
        Node details = header.first("CollectionDetails");
        Node reference = details == null ? null : details.first("ReferenceDate");
        LocalDate expected = LocalDate.of(year + 1, 3, 31);
        if (details != null && details.first("Collection") != null
                && !"CIN".equals(details.first("Collection").text())) {
            upload.fileError("is not a CIN census: Header/CollectionDetails/Collection is "
                    + details.first("Collection").text());
            return false;
        }
        if (reference == null || !expected.toString().equals(reference.text())) {
            upload.fileError("Header/CollectionDetails/ReferenceDate must be " + expected + " for the collection year "
                    + year + "-" + String.format("%02d", (year + 1) % 100) + " (DfE rule 100)");
            return false;
        }
        return true;
    }

    /** Maps one {@code <Child>}: what cannot be read is an error about the child, at its line and path. */
    private static void child(CinCensusUpload upload, Node c) {
        Node ids = c.first("ChildIdentifiers");
        Node chars = c.first("ChildCharacteristics");
        String id = text(ids, "LAchildID");
        var read = new Fields(upload, id);
        if (ids == null) {
            upload.error(id, c.line(), "ChildIdentifiers", null, "is required");
        }
        if (id == null) {
            upload.error(null, ids == null ? c.line() : ids.line(), "ChildIdentifiers.LAchildID", "8500",
                    "LA Child ID must be present");
        }
        String sexAsWritten = ids == null ? null : ids.first("Sex") != null ? text(ids, "Sex") : text(ids, "GenderCurrent");
        String sex = sexAsWritten == null ? null : switch (sexAsWritten) {
            case "M", "1" -> "1";
            case "F", "2" -> "2";
            default -> sexAsWritten;
        };
        List<String> disabilities = new ArrayList<>();
        Node dis = chars == null ? null : chars.first("Disabilities");
        if (dis != null) {
            dis.all("Disability").forEach(d -> disabilities.add(d.text()));
        }
        List<CinCensus.CinEpisode> episodes = new ArrayList<>();
        List<CinCensusUpload.EpisodeLines> lines = new ArrayList<>();
        List<Node> cins = c.all("CINdetails");
        for (int i = 0; i < cins.size(); i++) {
            Node e = cins.get(i);
            String at = "CINdetails[" + (i + 1) + "].";
            List<CinCensus.AssessmentDetails> assessments = new ArrayList<>();
            List<Integer> aLines = new ArrayList<>();
            List<Node> as = e.all("Assessments");
            for (int j = 0; j < as.size(); j++) {
                Node a = as.get(j);
                String aAt = at + "Assessments[" + (j + 1) + "].";
                List<String> factors = new ArrayList<>();
                Node f = a.first("FactorsIdentifiedAtAssessment");
                if (f != null) {
                    f.all("AssessmentFactors").forEach(x -> factors.add(x.text()));
                }
                assessments.add(new CinCensus.AssessmentDetails(read.date(a, aAt, "AssessmentActualStartDate"),
                        read.date(a, aAt, "AssessmentAuthorisationDate"), factors));
                aLines.add(a.line());
            }
            List<CinCensus.CinPlan> cinPlans = new ArrayList<>();
            List<Integer> pLines = new ArrayList<>();
            List<Node> ps = e.all("CINPlanDates");
            for (int j = 0; j < ps.size(); j++) {
                Node p = ps.get(j);
                String pAt = at + "CINPlanDates[" + (j + 1) + "].";
                cinPlans.add(new CinCensus.CinPlan(read.date(p, pAt, "CINPlanStartDate"),
                        read.date(p, pAt, "CINPlanEndDate")));
                pLines.add(p.line());
            }
            List<CinCensus.Section47> s47s = new ArrayList<>();
            List<Integer> sLines = new ArrayList<>();
            List<Node> ss = e.all("Section47");
            for (int j = 0; j < ss.size(); j++) {
                Node s = ss.get(j);
                String sAt = at + "Section47[" + (j + 1) + "].";
                s47s.add(new CinCensus.Section47(read.date(s, sAt, "S47ActualStartDate"),
                        read.date(s, sAt, "InitialCPCtarget"), read.date(s, sAt, "DateOfInitialCPC"),
                        read.flag(s, sAt, "ICPCnotRequired", null)));
                sLines.add(s.line());
            }
            List<CinCensus.ProtectionPlan> plans = new ArrayList<>();
            List<Integer> cLines = new ArrayList<>();
            List<Node> cs = e.all("ChildProtectionPlans");
            for (int j = 0; j < cs.size(); j++) {
                Node p = cs.get(j);
                String cAt = at + "ChildProtectionPlans[" + (j + 1) + "].";
                List<LocalDate> reviews = new ArrayList<>();
                Node rv = p.first("Reviews");
                if (rv != null) {
                    for (Node d : rv.all("CPPreviewDate")) {
                        LocalDate date = read.date(d, cAt + "Reviews.CPPreviewDate");
                        if (date != null) {
                            reviews.add(date);
                        }
                    }
                }
                plans.add(new CinCensus.ProtectionPlan(read.date(p, cAt, "CPPstartDate"), read.date(p, cAt, "CPPendDate"),
                        text(p, "InitialCategoryOfAbuse"), text(p, "LatestCategoryOfAbuse"),
                        read.number(p, cAt, "NumberOfPreviousCPP", "8730"), reviews));
                cLines.add(p.line());
            }
            episodes.add(new CinCensus.CinEpisode(read.date(e, at, "CINreferralDate"), text(e, "ReferralSource"),
                    text(e, "PrimaryNeedCode"), read.date(e, at, "CINclosureDate"), text(e, "ReasonForClosure"),
                    read.flag(e, at, "ReferralNFA", "8568"), assessments, cinPlans, s47s, plans,
                    read.date(e, at, "DateOfInitialCPC")));
            lines.add(new CinCensusUpload.EpisodeLines(e.line(), aLines, pLines, sLines, cLines));
        }
        String ids0 = "ChildIdentifiers.";
        var child = new CinCensus.Child(id, text(ids, "UPN"), text(ids, "FormerUPN"), text(ids, "UPNunknown"),
                read.date(ids, ids0, "PersonBirthDate"), sex, read.date(ids, ids0, "PersonDeathDate"),
                text(chars, "Ethnicity"), disabilities, episodes);
        upload.add(new CinCensusUpload.Entry(c.line(), child, read.date(ids, ids0, "ExpectedPersonBirthDate"),
                sexAsWritten, lines));
    }

    /** The text of {@code parent}'s element {@code name}, or null when it is left out or empty. */
    private static String text(Node parent, String name) {
        Node n = parent == null ? null : parent.first(name);
        return n == null || n.text().isEmpty() ? null : n.text();
    }

    /** Reads a child's typed elements, each one it cannot read an error about the child at the element's line. */
    private record Fields(CinCensusUpload upload, String child) {
        LocalDate date(Node parent, String at, String name) {
            Node n = parent == null ? null : parent.first(name);
            return n == null ? null : date(n, at + name);
        }

        LocalDate date(Node n, String path) {
            if (n.text().isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(n.text());
            } catch (DateTimeParseException e) {
                // No DfE rule: the DfE's schema types every date, and COLLECT refuses the file before its rules run.
                upload.error(child, n.line(), path, null, "'" + n.text() + "' is not a date (yyyy-mm-dd)");
                return null;
            }
        }

        boolean flag(Node parent, String at, String name, String rule) {
            Node n = parent.first(name);
            if (n == null || n.text().isEmpty()) {
                if (rule != null) {
                    upload.error(child, parent.line(), at + name, rule, "is required: 1 (true) or 0 (false)");
                }
                return false;
            }
            return switch (n.text()) {
                case "1", "true" -> true;
                case "0", "false" -> false;
                default -> {
                    upload.error(child, n.line(), at + name, rule, "'" + n.text() + "' must be 1 (true) or 0 (false)");
                    yield false;
                }
            };
        }

        /** A count the DfE's rule {@code rule} requires (0 or more). */
        int number(Node parent, String at, String name, String rule) {
            Node n = parent.first(name);
            if (n == null || n.text().isEmpty()) {
                upload.error(child, parent.line(), at + name, rule, "is required: a whole number, 0 or more");
                return 0;
            }
            try {
                int value = Integer.parseInt(n.text());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            upload.error(child, n.line(), at + name, rule, "'" + n.text() + "' must be a whole number, 0 or more");
            return 0;
        }
    }
}
