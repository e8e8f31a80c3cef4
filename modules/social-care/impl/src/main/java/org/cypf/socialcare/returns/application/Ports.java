package org.cypf.socialcare.returns.application;

import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.shared.port.Children;

/** The stores a return is read from and written to ({@code episodes}: periods of care read in bulk, in a return's order). */
public record Ports(Children children, Ssda903Headers headers, PeriodsOfCare periods, Ssda903Episodes episodes,
                    LookedAfterReviews reviews, MissingEpisodes missing, UascRecords uasc, PermanenceRecords permanence,
                    CareLeaverRecords careLeavers) {}
