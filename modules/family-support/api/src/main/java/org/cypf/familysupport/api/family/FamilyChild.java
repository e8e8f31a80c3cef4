package org.cypf.familysupport.api.family;

import java.time.LocalDate;

/** One of a family's children: the child's partnership identifier and when they were recorded in the family. */
public record FamilyChild(String childId, LocalDate addedOn) {}
