package org.cypf.socialcare.returns.adapter.out.xml;

import java.util.List;
import java.util.Set;
import org.cypf.socialcare.returns.domain.Ssda903File;

/**
 * The SSDA903 return as one XML document, one {@code <Child>} a child:
 * <pre>
 * &lt;Children&gt;
 *   &lt;Child&gt;
 *     &lt;Header&gt;&lt;CHILD&gt;..&lt;/CHILD&gt;&lt;SEX&gt;..&lt;/SEX&gt;&lt;DOB&gt;dd/mm/yyyy&lt;/DOB&gt;..&lt;/Header&gt;
 *     &lt;Episodes&gt;&lt;Episode&gt;&lt;DECOM&gt;..&lt;/DECOM&gt;..&lt;/Episode&gt;..&lt;/Episodes&gt;
 *     &lt;Reviews&gt;&lt;Review&gt;..&lt;/Review&gt;&lt;/Reviews&gt;  &lt;UASC&gt;..&lt;/UASC&gt;
 *     &lt;MissingEpisodes&gt;&lt;MissingEpisode&gt;..&lt;/MissingEpisode&gt;&lt;/MissingEpisodes&gt;
 *     &lt;OC2&gt;..&lt;/OC2&gt;  &lt;OC3&gt;..&lt;/OC3&gt;  &lt;AD1&gt;..&lt;/AD1&gt;
 *     &lt;PlacedAdoptions&gt;&lt;PlacedAdoption&gt;..&lt;/PlacedAdoption&gt;&lt;/PlacedAdoptions&gt;  &lt;PrevPerm&gt;..&lt;/PrevPerm&gt;
 *   &lt;/Child&gt;
 * &lt;/Children&gt;
 * </pre>
 * Each record's fields are elements named as the CSV files' columns and spelt as they are (dates dd/mm/yyyy, 1/0);
 * a blank field is left out. CHILD, and the DOB and SEX a file repeats, are the Header's: a record may repeat them,
 * and then they are checked against the Header as the CSV files' are. One table, so the reader and the writer cannot
 * disagree on a name.
 */
enum Ssda903XmlLayout {
    HEADER(Ssda903File.HEADER, null, "Header"),
    EPISODES(Ssda903File.EPISODES, "Episodes", "Episode"),
    REVIEWS(Ssda903File.REVIEWS, "Reviews", "Review"),
    UASC(Ssda903File.UASC, null, "UASC"),
    MISSING(Ssda903File.MISSING, "MissingEpisodes", "MissingEpisode"),
    OC2(Ssda903File.OC2, null, "OC2"),
    OC3(Ssda903File.OC3, null, "OC3"),
    AD1(Ssda903File.AD1, null, "AD1"),
    PLACED_ADOPTION(Ssda903File.PLACED_ADOPTION, "PlacedAdoptions", "PlacedAdoption"),
    PREV_PERM(Ssda903File.PREV_PERM, null, "PrevPerm");

    static final String ROOT = "Children";
    static final String CHILD = "Child";
    /** The Header's fields a record of another file repeats (its CHILD, DOB, SEX): written once, in the Header. */
    static final Set<String> FROM_HEADER = Set.of("CHILD", "SEX", "DOB");

    final Ssda903File file;
    /** The element holding a child's records of this file, or null when a child has at most one, directly. */
    final String list;
    final String element;

    Ssda903XmlLayout(Ssda903File file, String list, String element) {
        this.file = file;
        this.list = list;
        this.element = element;
    }

    /** The element directly inside {@code <Child>}: the list's, or the record's own. */
    String inChild() {
        return list == null ? element : list;
    }

    List<String> columns() {
        return file.columns();
    }

    /** Whether a record of this file holds {@code column} itself (not from the Header). */
    boolean writes(String column) {
        return this == HEADER || !FROM_HEADER.contains(column);
    }

    static Ssda903XmlLayout of(Ssda903File file) {
        for (Ssda903XmlLayout l : values()) {
            if (l.file == file) {
                return l;
            }
        }
        throw new IllegalArgumentException(file.name());
    }

    static Ssda903XmlLayout inChild(String name) {
        for (Ssda903XmlLayout l : values()) {
            if (l.inChild().equals(name)) {
                return l;
            }
        }
        return null;
    }
}
