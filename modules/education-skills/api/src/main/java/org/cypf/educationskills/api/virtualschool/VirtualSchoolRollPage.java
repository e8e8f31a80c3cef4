package org.cypf.educationskills.api.virtualschool;

import java.util.List;

/**
 * A page of the children on the virtual school's roll that the caller may list, earliest PEP due first.
 *
 * @param total how many such children in all, counted with the same scope as the page
 */
public record VirtualSchoolRollPage(List<VirtualSchoolChildView> children, int page, int size, long total) {
    public VirtualSchoolRollPage {
        children = List.copyOf(children);
    }
}
