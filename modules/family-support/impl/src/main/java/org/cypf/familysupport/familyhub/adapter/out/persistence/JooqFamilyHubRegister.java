package org.cypf.familysupport.familyhub.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_HUB;

import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;

/** {@code family_support.family_hub}. */
public final class JooqFamilyHubRegister implements FamilyHubRegister {
    private final ContextDatabase database;

    public JooqFamilyHubRegister(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<FamilyHub> page(Slice slice) {
        var dsl = database.transactionalDsl();
        return new Page<>(dsl.selectFrom(FAMILY_HUB).orderBy(FAMILY_HUB.NAME, FAMILY_HUB.HUB_ID)
                .offset(slice.offset()).limit(slice.size())
                .fetch(r -> new FamilyHub(r.getHubId(), r.getName(), Postcode.parse(r.getPostcode()), r.getOpenedOn())),
                dsl.fetchCount(FAMILY_HUB));
    }
}
