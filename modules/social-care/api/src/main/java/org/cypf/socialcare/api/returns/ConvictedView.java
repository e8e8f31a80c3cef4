package org.cypf.socialcare.api.returns;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import org.cypf.kernel.contract.Sensitive;

/** CONVICTED as recorded for a child and a collection year. */
public record ConvictedView(String childId, @Sensitive(PERSONAL) String localChildId, int year,
                            @Sensitive(SOCIAL_CARE) boolean convicted) {}
