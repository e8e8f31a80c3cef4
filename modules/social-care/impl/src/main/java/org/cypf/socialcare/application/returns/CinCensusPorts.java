package org.cypf.socialcare.application.returns;

import org.cypf.socialcare.application.port.Assessments;
import org.cypf.socialcare.application.port.ChildProtectionPlans;
import org.cypf.socialcare.application.port.Children;
import org.cypf.socialcare.application.port.CinCensusRecords;
import org.cypf.socialcare.application.port.Ssda903Headers;

/** The stores the CIN census is read from. */
public record CinCensusPorts(Children children, Ssda903Headers headers, CinCensusRecords records,
                             Assessments assessments, ChildProtectionPlans plans) {}
