package org.cypf.socialcare.returns.port;

import java.util.Collection;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;

/** The SSDA903 header fields held about children besides their identity. Runs inside the caller's unit of work. */
public interface Ssda903Headers {

    /** The details of each child given (children with none held are absent). */
    Map<ChildId, ChildHeaderDetails> findAll(Collection<ChildId> children);

    /**
     * Each child given that is held, with their header details ({@link ChildHeaderDetails#NONE} when none are held),
     * read together in one query by one array parameter: an export names every child of the year.
     */
    Map<ChildId, Map.Entry<org.cypf.socialcare.shared.domain.Child, ChildHeaderDetails>> withDetails(
            Collection<ChildId> children);

    void save(ChildId child, ChildHeaderDetails details);

    /**
     * Adds the children an import creates with their header details in one bulk write (ADR 0072): the child and
     * the SSDA903 header fields are one row of social care's child table.
     */
    void addChildren(java.util.List<Map.Entry<org.cypf.socialcare.shared.domain.Child, ChildHeaderDetails>> children);

    /** The child held under each local child id (CHILD) given that is held, in one query however many are given. */
    Map<String, ChildId> childIdsOf(Collection<String> localChildIds);

    /** Records the UPN of a child held without one. */
    void saveUpn(ChildId child, String upn);
}
