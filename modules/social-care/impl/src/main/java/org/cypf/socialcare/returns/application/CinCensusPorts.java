package org.cypf.socialcare.returns.application;

import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.cypf.socialcare.returns.port.CinCensusReturned;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.shared.port.Children;

/** The stores the CIN census is read from, and an import writes to (children, their details, returned episodes). */
public record CinCensusPorts(Children children, Ssda903Headers headers, CinCensusRecords records,
                             Assessments assessments, ChildProtectionPlans plans,
                             CinCensusDetailsStore details, CinCensusReturned returned) {}
