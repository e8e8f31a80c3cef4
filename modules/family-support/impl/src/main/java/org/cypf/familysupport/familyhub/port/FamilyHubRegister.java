package org.cypf.familysupport.familyhub.port;

import java.util.List;
import org.cypf.familysupport.familyhub.domain.FamilyHub;

/** Where Family Hubs are kept. Every method runs inside the caller's unit of work. */
public interface FamilyHubRegister {
    List<FamilyHub> all();
}
