package org.cypf.socialcare.api.careleavers;

import java.time.LocalDate;
import java.util.List;

/** What a run of {@link CareLeavers#recordEighteenthBirthdays} published: the children, by partnership-wide id. */
public record EighteenthBirthdays(LocalDate asAt, List<String> published) {
    public EighteenthBirthdays {
        published = List.copyOf(published);
    }
}
