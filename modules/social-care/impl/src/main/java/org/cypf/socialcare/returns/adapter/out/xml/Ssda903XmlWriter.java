package org.cypf.socialcare.returns.adapter.out.xml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvWriter;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.port.Ssda903Writer;

/**
 * Writes a return's rows as one XML document in the {@link Ssda903XmlLayout}: a {@code <Child>} for each header row,
 * in the header's order, holding that child's records of every file in the DfE's order, each record's fields spelt
 * exactly as the CSV writer spells them (the same content in another layout). Pure: the same rows give the same
 * text. Uses the JDK's StAX writer.
 */
public final class Ssda903XmlWriter implements Ssda903Writer {
    /** The document's name when it is offered as a file. */
    public static final String FILE_NAME = "ssda903.xml";

    @Override
    public List<CsvFile> write(Ssda903Rows rows) {
        Map<String, Map<Ssda903File, List<Ssda903Rows.Row>>> byChild = new LinkedHashMap<>();
        rows.headers().forEach(h -> byChild.computeIfAbsent(h.child(), c -> new LinkedHashMap<>()));
        for (Ssda903File f : Ssda903File.values()) {
            for (Ssda903Rows.Row r : rows.of(f)) {
                var files = byChild.get(r.child());
                if (files != null) { // an export names every child of its rows in the header
                    files.computeIfAbsent(f, x -> new ArrayList<>()).add(r);
                }
            }
        }
        var out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(Ssda903XmlLayout.ROOT);
            for (Map<Ssda903File, List<Ssda903Rows.Row>> files : byChild.values()) {
                indent(w, 1);
                w.writeStartElement(Ssda903XmlLayout.CHILD);
                for (Ssda903XmlLayout layout : Ssda903XmlLayout.values()) {
                    List<Ssda903Rows.Row> records = files.getOrDefault(layout.file, List.of());
                    if (records.isEmpty()) {
                        continue;
                    }
                    int depth = 2;
                    if (layout.list != null) {
                        indent(w, depth++);
                        w.writeStartElement(layout.list);
                    }
                    for (Ssda903Rows.Row r : records) {
                        record(w, layout, r, depth);
                    }
                    if (layout.list != null) {
                        indent(w, 2);
                        w.writeEndElement();
                    }
                }
                indent(w, 1);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the SSDA903 XML", e);
        }
        return List.of(new CsvFile(FILE_NAME, out.toString()));
    }

    private static void record(XMLStreamWriter w, Ssda903XmlLayout layout, Ssda903Rows.Row row, int depth)
            throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement(layout.element);
        List<String> values = Ssda903CsvWriter.fields(row);
        List<String> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            String value = values.get(i);
            if (layout.writes(columns.get(i)) && !value.isEmpty()) {
                w.writeStartElement(columns.get(i));
                w.writeCharacters(value);
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
