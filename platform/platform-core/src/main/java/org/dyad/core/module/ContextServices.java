package org.dyad.core.module;

import java.time.Clock;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.ClientAccess;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.events.EventBus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The host services a {@link HostPluginContext} is built from. */
@Component
record ContextServices(DSLContext dsl, TransactionTemplate transactions, AuditService audit, EventBus events,
                       ClientService clients, ClientAccess clientAccess, ClinicService clinics, ModuleSettings settings,
                       Permissions permissions, ModuleEnablement enablement, Clock clock) {
}
