package org.cypf.healthwellbeing.organisation.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;
import org.junit.jupiter.api.Test;

/**
 * What every register of health organisations must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's register (the ODS's own, say) runs it too. Organisations are registered
 * outside the port (a migration, a seed), so the suite is given a way to register one.
 *
 * <p>The promises: every organisation registered is read, whole, and the register's list is by ODS code.
 */
public abstract class HealthOrganisationRegisterContract {
    protected abstract HealthOrganisationRegister register();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Registers the organisation (as a migration or seed would). */
    protected abstract void registered(HealthOrganisation organisation);

    private static String odsCode(String last) {
        return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase() + last;
    }

    @Test
    public void every_organisation_registered_is_read_whole_by_ods_code() {
        String stem = odsCode("");
        HealthOrganisation trust = new HealthOrganisation(stem + "9", "Midlands Partnership NHS Trust", "NHS trust");
        HealthOrganisation board = new HealthOrganisation(stem + "1", "Staffordshire and Stoke-on-Trent ICB",
                "integrated care board");
        HealthOrganisation practice = new HealthOrganisation(stem + "5", "Hartshill Surgery", "GP practice");
        registered(trust);
        registered(board);
        registered(practice);

        List<HealthOrganisation> all = inUnitOfWork(() -> register().all());
        assertEquals(List.of(board, practice, trust),
                all.stream().filter(o -> o.odsCode().startsWith(stem)).toList());
        assertEquals(all.stream().map(HealthOrganisation::odsCode).sorted().toList(),
                all.stream().map(HealthOrganisation::odsCode).toList(), "by ODS code");
    }
}
