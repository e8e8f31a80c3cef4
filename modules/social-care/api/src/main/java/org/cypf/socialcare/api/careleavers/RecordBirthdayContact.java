package org.cypf.socialcare.api.careleavers;

import org.cypf.kernel.contract.Nullable;

/**
 * SSDA903 OC3 at the birthday {@code age} (17 to 21).
 *
 * @param inTouch       IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM
 * @param activity      ACTIV: F1/P1, F2/P2, F4/P4, F5/P5 (full/part time education, apprenticeship, training or
 *                      employment), G4, G5, G6 (not in education, employment or training); required when in touch
 * @param accommodation ACCOM: a letter for the kind of accommodation and 1 (suitable) or 2 (not); required when in touch
 * @param version       the version of the care leaver record read
 */
public record RecordBirthdayContact(String childId, int age, String inTouch, @Nullable String activity,
                                    @Nullable String accommodation, long version) {}
