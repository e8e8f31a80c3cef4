package org.cypf.socialcare.returns.adapter.out.csv;

import org.cypf.platform.csv.Csv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.domain.Ssda903Rows.Row;
import org.cypf.socialcare.returns.port.Ssda903Writer;

/**
 * Writes every SSDA903 file, in the DfE's order, each with its column header and its rows in the order given, as
 * RFC 4180 CSV with CRLF line ends.
 */
public final class Ssda903CsvWriter implements Ssda903Writer {

    @Override
    public List<CsvFile> write(Ssda903Rows rows) {
        List<CsvFile> files = new ArrayList<>();
        for (Ssda903File file : Ssda903File.values()) {
            List<List<String>> lines = rows.of(file).stream().map(Ssda903CsvWriter::fields).toList();
            files.add(new CsvFile(file.fileName(), Csv.write(file.columns(), lines)));
        }
        return files;
    }

    /**
     * How OC3 spells an ACTIV or ACCOM not given: the DfE asks every OC3 item to be coded or all blank (rule 153), and
     * codes 0 where the young person has died or returned home (rule 344), so a blank beside IN_TOUCH is written 0.
     */
    public static final String OC3_NOT_GIVEN = "0";

    private static String orNotGiven(String code) {
        return code == null ? OC3_NOT_GIVEN : code;
    }

    /** A row's fields in its file's column order, spelt as the files spell them (the XML layout writes the same). */
    public static List<String> fields(Row row) {
        Object[] values = switch (row) {
            case Ssda903Rows.Header h -> new Object[] {h.child(), h.sex(), h.dob(), h.ethnic(), h.upn(), h.mother(),
                    h.motherChildDob()};
            case Ssda903Rows.EpisodeRow e -> new Object[] {e.child(), e.decom(), e.rne(), e.ls(), e.cin(), e.place(),
                    e.provider(), e.dec(), e.rec(), e.reasonPlaceChange(), e.homePost(), e.placementPost(), e.urn()};
            case Ssda903Rows.Review r -> new Object[] {r.child(), r.dob(), r.review(), r.code()};
            case Ssda903Rows.Uasc u -> new Object[] {u.child(), u.sex(), u.dob(), u.duc()};
            case Ssda903Rows.Missing m -> new Object[] {m.child(), m.dob(), m.kind(), m.start(), m.end()};
            case Ssda903Rows.Oc2 o -> new Object[] {o.child(), o.dob(), o.sdqScore(), o.sdqReason(), o.convicted(),
                    o.healthCheck(), o.immunisations(), o.teethCheck(), o.healthAssessment(), o.substanceMisuse(),
                    o.interventionReceived(), o.interventionOffered()};
            case Ssda903Rows.Oc3 o -> new Object[] {o.child(), o.dob(), o.inTouch(), orNotGiven(o.activity()),
                    orNotGiven(o.accommodation())};
            case Ssda903Rows.Ad1 a -> new Object[] {a.child(), a.dob(), a.dateInt(), a.dateMatch(), a.fosterCare(),
                    a.numberOfAdopters(), a.sexOfAdopters(), a.legalStatusOfAdopters()};
            case Ssda903Rows.PlacedAdoption p -> new Object[] {p.child(), p.dob(), p.datePlaced(), p.datePlacedCeased(),
                    p.reasonPlacedCeased()};
            case Ssda903Rows.PrevPerm p -> new Object[] {p.child(), p.dob(), p.prevPerm(), p.laPerm(), p.datePerm()};
        };
        String[] fields = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            fields[i] = Ssda903Text.of(values[i]);
        }
        return Arrays.asList(fields);
    }
}
