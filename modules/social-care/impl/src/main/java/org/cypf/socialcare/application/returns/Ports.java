package org.cypf.socialcare.application.returns;

import org.cypf.socialcare.application.port.CareLeaverRecords;
import org.cypf.socialcare.application.port.Children;
import org.cypf.socialcare.application.port.LookedAfterReviews;
import org.cypf.socialcare.application.port.MissingEpisodes;
import org.cypf.socialcare.application.port.PeriodsOfCare;
import org.cypf.socialcare.application.port.PermanenceRecords;
import org.cypf.socialcare.application.port.Ssda903Headers;
import org.cypf.socialcare.application.port.UascRecords;

/** The stores a return is read from and written to. */
public record Ports(Children children, Ssda903Headers headers, PeriodsOfCare periods, LookedAfterReviews reviews,
                    MissingEpisodes missing, UascRecords uasc, PermanenceRecords permanence,
                    CareLeaverRecords careLeavers) {}
