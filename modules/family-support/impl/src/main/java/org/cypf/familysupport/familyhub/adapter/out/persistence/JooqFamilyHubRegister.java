package org.cypf.familysupport.familyhub.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_HUB;

import java.util.List;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;

/** {@code family_support.family_hub}. */
public final class JooqFamilyHubRegister implements FamilyHubRegister {
    private final ContextDatabase database;

    public JooqFamilyHubRegister(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<FamilyHub> all() {
        return database.transactionalDsl().selectFrom(FAMILY_HUB).orderBy(FAMILY_HUB.NAME)
                .fetch(r -> new FamilyHub(r.getHubId(), r.getName(), Postcode.parse(r.getPostcode()), r.getOpenedOn()));
    }
}
