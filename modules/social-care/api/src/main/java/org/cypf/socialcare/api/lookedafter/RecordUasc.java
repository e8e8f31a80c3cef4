package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * The child is an unaccompanied asylum-seeking child.
 *
 * @param dateCeased DUC: the day they stopped being one (at the latest their 18th birthday); null while they still are
 * @param version    0 for a first record, otherwise the version read
 */
public record RecordUasc(String childId, @Nullable LocalDate dateCeased, long version) {}
