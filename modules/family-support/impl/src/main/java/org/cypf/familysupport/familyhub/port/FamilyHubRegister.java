package org.cypf.familysupport.familyhub.port;

import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** Where Family Hubs are kept. Every method runs inside the caller's unit of work. */
public interface FamilyHubRegister {
    /** One page of the hubs by name, with how many there are, by SQL's offset and limit. */
    Page<FamilyHub> page(Slice slice);
}
