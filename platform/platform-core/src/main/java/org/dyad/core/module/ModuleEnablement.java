package org.dyad.core.module;

import static org.dyad.db.jooq.Tables.MODULE_STATE;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PlatformEvent;
import org.dyad.api.Role;
import org.dyad.api.extension.DyadModule;
import org.dyad.core.audit.AuditService;
import org.dyad.core.db.Utc;
import org.dyad.core.events.EventBus;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which modules each clinic has enabled (table module_state). Enabling or disabling is a flag only: it never loads or
 * unloads code and never deletes data. Every change is audited, published as a {@link PlatformEvent}, passed to the
 * module's hook and announced to {@link #addListener listeners} (menus of open sessions refresh from there).
 */
@Service
public class ModuleEnablement {

    private static final Logger log = LoggerFactory.getLogger(ModuleEnablement.class);

    private final DSLContext dsl;
    private final TransactionTemplate transactions;
    private final AuditService audit;
    private final EventBus events;
    private final ModuleRegistry registry;
    private final Clock clock;
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();

    ModuleEnablement(DSLContext dsl, TransactionTemplate transactions, AuditService audit, EventBus events,
                     ModuleRegistry registry, Clock clock) {
        this.dsl = dsl;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.registry = registry;
        this.clock = clock;
    }

    /** Ids of the modules the clinic enabled (started or not). */
    public Set<String> enabledModules(long clinicId) {
        return Set.copyOf(dsl.select(MODULE_STATE.MODULE_ID).from(MODULE_STATE)
                .where(MODULE_STATE.CLINIC_ID.eq(clinicId), MODULE_STATE.ENABLED.isTrue())
                .fetch(MODULE_STATE.MODULE_ID));
    }

    /** Ids of the modules that are started and enabled for the clinic: the ones its users can use. */
    public Set<String> availableModules(long clinicId) {
        return enabledModules(clinicId).stream().filter(id -> registry.find(id).isPresent()).collect(Collectors.toSet());
    }

    public boolean isAvailable(long clinicId, String moduleId) {
        return registry.find(moduleId).isPresent() && isEnabled(clinicId, moduleId);
    }

    public boolean isEnabled(long clinicId, String moduleId) {
        return dsl.fetchExists(MODULE_STATE, MODULE_STATE.CLINIC_ID.eq(clinicId), MODULE_STATE.MODULE_ID.eq(moduleId),
                MODULE_STATE.ENABLED.isTrue());
    }

    /** Enables the module for the admin's clinic. */
    public void enable(DyadUser admin, String moduleId) {
        change(admin, moduleId, true);
    }

    /** Disables the module for the admin's clinic. Its data stays; enabling it again shows all of it. */
    public void disable(DyadUser admin, String moduleId) {
        change(admin, moduleId, false);
    }

    /** Called with the clinic id after any change for that clinic (on the changing thread). */
    public void addListener(Consumer<Long> clinicChanged) {
        listeners.add(clinicChanged);
    }

    /** Tells listeners that availability changed for a clinic for another reason (a plugin started or stopped). */
    void announce(long clinicId) {
        for (Consumer<Long> listener : listeners) {
            try {
                listener.accept(clinicId);
            } catch (RuntimeException e) {
                log.error("A module change listener failed for clinic {}", clinicId, e);
            }
        }
    }

    private void change(DyadUser admin, String moduleId, boolean enabled) {
        long clinicId = requireClinicAdmin(admin);
        transactions.executeWithoutResult(status -> {
            store(admin, clinicId, moduleId, enabled);
            audit.record(admin, clinicId, enabled ? "module.enabled" : "module.disabled", "module", null, null, moduleId);
            events.publish(enabled ? new PlatformEvent.ModuleEnabled(clinicId, moduleId)
                    : new PlatformEvent.ModuleDisabled(clinicId, moduleId));
        });
        registry.find(moduleId).ifPresent(m -> callHook(m, clinicId, enabled));
        announce(clinicId);
    }

    private void store(DyadUser admin, long clinicId, String moduleId, boolean enabled) {
        var now = Utc.toDb(clock.instant());
        dsl.insertInto(MODULE_STATE)
                .set(MODULE_STATE.CLINIC_ID, clinicId)
                .set(MODULE_STATE.MODULE_ID, moduleId)
                .set(MODULE_STATE.ENABLED, enabled)
                .set(MODULE_STATE.CHANGED_BY, admin.id())
                .set(MODULE_STATE.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(MODULE_STATE.ENABLED, enabled)
                .set(MODULE_STATE.CHANGED_BY, admin.id())
                .set(MODULE_STATE.CHANGED_AT, now)
                .execute();
    }

    private static void callHook(ActiveModule active, long clinicId, boolean enabled) {
        DyadModule module = active.module();
        Guard.run(active.id(), enabled ? "onEnabled" : "onDisabled", () -> {
            if (enabled) {
                module.onEnabled(active.context(), clinicId);
            } else {
                module.onDisabled(active.context(), clinicId);
            }
        });
    }

    private static long requireClinicAdmin(DyadUser admin) {
        if (admin.role() != Role.CLINIC_ADMIN || admin.clinicId() == null) {
            throw new AccessDeniedException("Only a clinic admin can enable or disable modules.");
        }
        return admin.clinicId();
    }
}
