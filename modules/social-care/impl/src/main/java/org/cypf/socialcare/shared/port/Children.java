package org.cypf.socialcare.shared.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.shared.domain.Child;

/** Where the children known to social care are kept. Every method runs inside the caller's unit of work. */
public interface Children {

    Optional<Child> findByLocalChildId(String localChildId);

    Map<ChildId, Child> findAll(Collection<ChildId> ids);

    void add(Child child);

}
