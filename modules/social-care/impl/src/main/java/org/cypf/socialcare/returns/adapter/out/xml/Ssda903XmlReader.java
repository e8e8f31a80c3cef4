package org.cypf.socialcare.returns.adapter.out.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cypf.platform.csv.Csv;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvReader;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.returns.port.Ssda903Reader;

/**
 * A return sent in the {@link Ssda903XmlLayout} (one XML document) or as the CSV files: a file whose text begins
 * with {@code <} is the XML layout, anything else goes to the CSV reader. The XML's records become the rows their
 * CSV twins would be (each record's fields, the Header's CHILD, DOB and SEX filled in where the record leaves them
 * out), and the CSV reader checks them: the same rows, the same errors under the same DfE rules, whatever the layout.
 * An issue names the file as {@code <name>#<Element>} and the line as the record's place among its kind, the first
 * being line 2, so that it is the line of the record in the CSV twin (the XML's own line is in the message of a
 * document that is not well formed).
 * <p>Read with the JDK's StAX reader, hardened: no DTD (a document declaring one is refused, so no entity, internal
 * or external, is ever expanded: no XXE, no entity expansion bomb), no external access; records nested only as the
 * layout nests them; at most {@link Ssda903CsvReader#MAX_ROWS} records, as the CSV files; the bytes are bounded by
 * the upload's own limits before the document reaches here.
 */
public final class Ssda903XmlReader implements Ssda903Reader {
    private final Ssda903CsvReader csv;
    private final int maxRows;

    public Ssda903XmlReader(Ssda903CsvReader csv) {
        this(csv, Ssda903CsvReader.MAX_ROWS);
    }

    Ssda903XmlReader(Ssda903CsvReader csv, int maxRows) {
        this.csv = csv;
        this.maxRows = maxRows;
    }

    /** Whether {@code file} is in the XML layout: its text (after any byte order mark and white space) opens a tag. */
    public static boolean isXml(CsvFile file) {
        String text = file.content() == null ? "" : file.content();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    @Override
    public Ssda903Upload read(CollectionYear year, List<CsvFile> files) {
        List<CsvFile> xml = files.stream().filter(Ssda903XmlReader::isXml).toList();
        if (xml.isEmpty()) {
            return csv.read(year, files);
        }
        Ssda903Upload upload = new Ssda903Upload(year);
        if (xml.size() != files.size() || xml.size() > 1) {
            xml.forEach(f -> upload.errors().addFile(name(f), "send the return either as one XML document or as the "
                    + "CSV files, not both and not in parts"));
            return upload;
        }
        CsvFile file = xml.getFirst();
        Document doc = new Document(name(file));
        try {
            doc.read(file.content());
        } catch (Refused e) {
            upload.errors().addFile(doc.name, e.getMessage());
            return upload;
        } catch (XMLStreamException e) {
            upload.errors().addFile(doc.name, "is not well-formed XML"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")"));
            return upload;
        }
        return csv.read(upload, doc.tables());
    }

    private static String name(CsvFile f) {
        return f.name() == null || f.name().isBlank() ? Ssda903XmlWriter.FILE_NAME : f.name();
    }

    /** The document breaks the layout: the whole upload is refused, as a CSV file of no known columns is. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** One document's records, gathered file by file as the CSV twins' lines (column header first). */
    private final class Document {
        final String name;
        final Map<Ssda903File, List<Csv.Line>> lines = new EnumMap<>(Ssda903File.class);
        int rows;

        Document(String name) {
            this.name = name;
            for (Ssda903XmlLayout l : Ssda903XmlLayout.values()) {
                lines.put(l.file, new ArrayList<>(List.of(new Csv.Line(1, l.columns()))));
            }
        }

        List<Ssda903CsvReader.Table> tables() {
            List<Ssda903CsvReader.Table> tables = new ArrayList<>();
            for (Ssda903XmlLayout l : Ssda903XmlLayout.values()) {
                tables.add(new Ssda903CsvReader.Table(l.file, name + "#" + l.element, lines.get(l.file)));
            }
            return tables;
        }

        void read(String text) throws XMLStreamException, Refused {
            XMLStreamReader x = factory().createXMLStreamReader(new StringReader(text));
            try {
                next(x);
                if (x.getEventType() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals(Ssda903XmlLayout.ROOT)) {
                    throw refused(x, "the document's root must be <" + Ssda903XmlLayout.ROOT + ">");
                }
                while (next(x) == XMLStreamConstants.START_ELEMENT) {
                    if (!x.getLocalName().equals(Ssda903XmlLayout.CHILD)) {
                        throw refused(x, "<" + Ssda903XmlLayout.ROOT + "> holds only <" + Ssda903XmlLayout.CHILD
                                + "> elements, not <" + x.getLocalName() + ">");
                    }
                    child(x);
                }
            } finally {
                x.close();
            }
        }

        /** One {@code <Child>}: its Header and its records, each completed from the Header. */
        private void child(XMLStreamReader x) throws XMLStreamException, Refused {
            int line = x.getLocation().getLineNumber();
            Map<String, String> header = null;
            List<Map.Entry<Ssda903XmlLayout, Map<String, String>>> records = new ArrayList<>();
            while (next(x) == XMLStreamConstants.START_ELEMENT) {
                Ssda903XmlLayout layout = Ssda903XmlLayout.inChild(x.getLocalName());
                if (layout == null) {
                    throw refused(x, "<" + Ssda903XmlLayout.CHILD + "> holds no <" + x.getLocalName() + ">: it holds "
                            + java.util.Arrays.stream(Ssda903XmlLayout.values()).map(l -> "<" + l.inChild() + ">")
                            .toList());
                }
                if (layout.list == null) {
                    Map<String, String> fields = fields(x, layout);
                    if (layout == Ssda903XmlLayout.HEADER) {
                        if (header != null) {
                            throw refused(x, "a <Child> has one <Header>");
                        }
                        header = fields;
                    } else {
                        records.add(Map.entry(layout, fields));
                    }
                    continue;
                }
                while (next(x) == XMLStreamConstants.START_ELEMENT) {
                    if (!x.getLocalName().equals(layout.element)) {
                        throw refused(x, "<" + layout.list + "> holds only <" + layout.element + "> elements");
                    }
                    records.add(Map.entry(layout, fields(x, layout)));
                }
            }
            if (header == null) {
                throw new Refused("the <Child> at line " + line + " has no <Header>: every child's CHILD, SEX and DOB "
                        + "are in its Header");
            }
            add(Ssda903XmlLayout.HEADER, header);
            for (var r : records) {
                Map<String, String> fields = new HashMap<>(r.getValue());
                for (String column : Ssda903XmlLayout.FROM_HEADER) {
                    if (r.getKey().columns().contains(column) && header.get(column) != null) {
                        fields.putIfAbsent(column, header.get(column));
                    }
                }
                add(r.getKey(), fields);
            }
        }

        private void add(Ssda903XmlLayout layout, Map<String, String> fields) throws Refused {
            if (++rows > maxRows) {
                throw new Refused("holds more than " + maxRows + " records, the most one import may hold: send the "
                        + "return in parts");
            }
            List<Csv.Line> kind = lines.get(layout.file);
            kind.add(new Csv.Line(kind.size() + 1, layout.columns().stream()
                    .map(c -> fields.getOrDefault(c, "")).toList()));
        }

        /** A record's fields, each an element holding text only, each at most once. */
        private Map<String, String> fields(XMLStreamReader x, Ssda903XmlLayout layout) throws XMLStreamException, Refused {
            Map<String, String> fields = new HashMap<>();
            while (next(x) == XMLStreamConstants.START_ELEMENT) {
                String column = x.getLocalName();
                if (!layout.columns().contains(column)) {
                    throw refused(x, "<" + layout.element + "> holds no <" + column + ">: its fields are "
                            + layout.columns());
                }
                String value;
                try {
                    value = x.getElementText();
                } catch (XMLStreamException e) {
                    throw refused(x, "<" + column + "> holds text only");
                }
                if (fields.put(column, value == null ? "" : value) != null) {
                    throw refused(x, "<" + layout.element + "> holds <" + column + "> once");
                }
            }
            return fields;
        }

        /** The next start or end tag, past text between tags, comments and processing instructions; a DTD is refused. */
        private int next(XMLStreamReader x) throws XMLStreamException, Refused {
            while (x.hasNext()) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return event;
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw refused(x, "declares a DTD or an entity: the return's XML has neither (refused so "
                                    + "that no external entity is ever read)");
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!x.isWhiteSpace()) {
                            throw refused(x, "has text outside a record's field");
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> {
                        return event;
                    }
                    default -> {
                        // comments, processing instructions and white space between tags say nothing
                    }
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        }

        private Refused refused(XMLStreamReader x, String reason) {
            return new Refused(reason + " (line " + x.getLocation().getLineNumber() + ")");
        }
    }

    /** A StAX factory that reads no DTD and reaches nothing outside the document. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
