package org.cypf.educationskills.api.virtualschool;

import java.util.List;

/**
 * A page of one child's Personal Education Plans, oldest first.
 *
 * @param total how many PEPs the child has in all
 */
public record PepsPage(List<PepView> peps, int page, int size, long total) {
    public PepsPage {
        peps = List.copyOf(peps);
    }
}
