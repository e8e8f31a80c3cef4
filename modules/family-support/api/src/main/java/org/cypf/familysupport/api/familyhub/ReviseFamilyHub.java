package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A Family Hub's name, postcode, locality and opening date, replacing those recorded, quoting the version read (a
 * null field is recorded as null, not kept: the whole hub is replaced).
 */
public record ReviseFamilyHub(UUID hubId, long version, String name, String postcode,
                              @Nullable String locality, @Nullable LocalDate openedOn) {}
