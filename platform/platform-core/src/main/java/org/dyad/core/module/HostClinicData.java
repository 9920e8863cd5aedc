package org.dyad.core.module;

import java.time.ZoneId;
import java.util.function.Function;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClinicData;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;

/** Data access for the user's clinic over the host's connection pool and Spring transactions. */
record HostClinicData(DyadUser user, ContextServices services) implements ClinicData {

    @Override
    public long clinicId() {
        return user.clinic().orElseThrow(() -> new AccessDeniedException("This is only available inside a clinic."));
    }

    @Override
    public DSLContext dsl() {
        return services.dsl();
    }

    @Override
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return services.transactions().execute(status -> work.apply(services.dsl()));
    }

    @Override
    public ZoneId clinicZone() {
        return services.clinics().get(clinicId()).zone();
    }
}
