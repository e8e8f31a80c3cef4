package org.cypf.healthwellbeing.api.healthychild;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * A school nursing contact, by the healthy child programme 5-19 high impact area it served (1 resilience and
 * wellbeing; 2 health behaviours and risk taking; 3 healthy lifestyles; 4 vulnerable young people and health
 * inequalities; 5 complex and additional health and wellbeing needs; 6 self-care and health literacy).
 *
 * @param schoolUrn the school's URN (6 digits) when the contact was in a school
 */
public record RecordSchoolNursingContact(@Sensitive(PERSONAL) String nhsNumber, LocalDate contactOn,
                                         @Nullable String schoolUrn,
                                         Integer highImpactArea, long version) {}
