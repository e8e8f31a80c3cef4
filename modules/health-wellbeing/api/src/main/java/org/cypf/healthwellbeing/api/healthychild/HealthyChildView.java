package org.cypf.healthwellbeing.api.healthychild;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/** A child in the healthy child programme: the five mandated reviews with their windows, and school nursing contacts. */
public record HealthyChildView(@Sensitive(PERSONAL) String nhsNumber, String childId,
                               @Sensitive(PERSONAL) LocalDate dateOfBirth, List<Review> reviews,
                               List<Contact> schoolNursingContacts, long version) {
    public HealthyChildView {
        reviews = List.copyOf(reviews);
        schoolNursingContacts = List.copyOf(schoolNursingContacts);
    }

    /** A mandated review: on time when done by the day its window closes. */
    public record Review(String review, LocalDate opensOn, LocalDate closesOn, @Nullable String outcome,
                         @Nullable LocalDate outcomeOn, @Nullable Boolean onTime) {}

    public record Contact(LocalDate contactOn, @Nullable String schoolUrn, int highImpactArea) {}
}
