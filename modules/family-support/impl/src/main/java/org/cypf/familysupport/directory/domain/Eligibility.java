package org.cypf.familysupport.directory.domain;

import java.util.Optional;

/** Who a service is for, by age in whole years; an absent bound is no bound. */
public record Eligibility(Optional<Integer> minimumAge, Optional<Integer> maximumAge) {
    /** Ages a directory can state: a service for children and families, up to adults who care for them. */
    public static final int OLDEST = 130;

    public Eligibility {
        minimumAge.ifPresent(Eligibility::plausible);
        maximumAge.ifPresent(Eligibility::plausible);
        if (minimumAge.isPresent() && maximumAge.isPresent() && minimumAge.get() > maximumAge.get()) {
            throw new IllegalArgumentException("minimum_age must not exceed maximum_age");
        }
    }

    private static void plausible(int age) {
        if (age < 0 || age > OLDEST) {
            throw new IllegalArgumentException("must be a whole number of years from 0 to " + OLDEST);
        }
    }

    public boolean includes(int age) {
        return minimumAge.map(min -> age >= min).orElse(true) && maximumAge.map(max -> age <= max).orElse(true);
    }
}
