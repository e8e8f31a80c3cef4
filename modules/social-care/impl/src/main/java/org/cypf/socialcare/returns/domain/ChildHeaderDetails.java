package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The SSDA903 header fields held about a child besides their identity ({@link Child}), when CYPF has been told them
 * (today by an imported return).
 *
 * @param ethnicity      ETHNIC, e.g. WBRI
 * @param mother         MOTHER: 1 the child is a mother, 0 she is not (blank for boys)
 * @param motherChildDob MC_DOB: the date of birth of her child
 * @param upnAsReturned  UPN as the return gave it when it is not a UPN CYPF holds as one: a "no UPN" reason
 *                       (UN1-UN5) or a UPN whose check letter does not match (a warning, not a refusal)
 */
public record ChildHeaderDetails(String ethnicity, String mother, LocalDate motherChildDob, String upnAsReturned) {
    public static final ChildHeaderDetails NONE = new ChildHeaderDetails(null, null, null, null);

    public ChildHeaderDetails(String ethnicity, String mother, LocalDate motherChildDob) {
        this(ethnicity, mother, motherChildDob, null);
    }
}
