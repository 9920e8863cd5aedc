package org.dyad.core.module;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.api.SettingDefinition;
import org.dyad.api.ValidationException;
import org.dyad.core.audit.AuditService;
import org.dyad.core.security.DyadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clinic admin's side of module settings: the settings a running module declares with the clinic's values, and
 * saving a set of them at once. Only the admin of that clinic, only for a module the clinic enabled; every value is
 * checked with the module's validator before anything is written, and all values are written (and audited) in one
 * transaction or none. Plugins read the new values at once: {@code PluginContext.settings()} reads the table.
 */
@Service
public class ModuleSettingsService {

    static final String ACTION = "module.settings.changed";
    private static final int MAX_VALUE = 2000;

    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final ModuleSettings store;
    private final AuditService audit;
    private final TransactionTemplate transactions;

    ModuleSettingsService(ModuleRegistry registry, ModuleEnablement enablement, ModuleSettings store,
                          AuditService audit, TransactionTemplate transactions) {
        this.registry = registry;
        this.enablement = enablement;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Whether the running module declares any setting (module metadata, no clinic data). */
    public boolean hasSettings(String moduleId) {
        return !definitions(moduleId).isEmpty();
    }

    /** The module's settings with the clinic's current values (or the defaults), in the module's order. */
    public List<ModuleSetting> settings(DyadUser admin, long clinicId, String moduleId) {
        requireAdminOf(admin, clinicId);
        requireEnabled(clinicId, moduleId);
        return definitions(moduleId).stream().map(d -> new ModuleSetting(d.key(), label(d), d.defaultValue(),
                store.find(clinicId, moduleId, d.key()).orElse(d.defaultValue()))).toList();
    }

    /**
     * Validates and stores the given values (key to value) for the clinic. Values equal to the current one are left
     * alone; the changed keys are written and audited together.
     *
     * @return the keys whose value changed, in the module's order
     * @throws AccessDeniedException unless {@code admin} is the clinic admin of {@code clinicId}
     * @throws ValidationException   naming each refused key with the module's message; nothing is stored then
     */
    public List<String> save(DyadUser admin, long clinicId, String moduleId, Map<String, String> values) {
        requireAdminOf(admin, clinicId);
        requireEnabled(clinicId, moduleId);
        List<SettingDefinition> definitions = definitions(moduleId);
        Map<String, String> checked = check(moduleId, definitions, values);
        Map<String, String> changed = new LinkedHashMap<>();
        for (SettingDefinition d : definitions) {
            String value = checked.get(d.key());
            if (value != null && !value.equals(store.find(clinicId, moduleId, d.key()).orElse(d.defaultValue()))) {
                changed.put(d.key(), value);
            }
        }
        if (!changed.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                changed.forEach((key, value) -> store.write(admin, clinicId, moduleId, key, value));
                audit.record(admin, clinicId, ACTION, "module", null, null, moduleId + ": " + changed.entrySet()
                        .stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            });
        }
        return List.copyOf(changed.keySet());
    }

    private Map<String, String> check(String moduleId, List<SettingDefinition> definitions, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((key, raw) -> {
            Optional<SettingDefinition> definition = definitions.stream().filter(d -> d.key().equals(key)).findFirst();
            String value = raw == null ? "" : raw.strip();
            Optional<String> error = definition.isEmpty() ? Optional.of("This module has no setting '" + key + "'.")
                    : value.length() > MAX_VALUE ? Optional.of(label(definition.get()) + " is too long.")
                    : validate(moduleId, definition.get(), value);
            error.ifPresentOrElse(message -> errors.put(key, message), () -> checked.put(key, value));
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }

    private static Optional<String> validate(String moduleId, SettingDefinition definition, String value) {
        if (definition.validator() == null) {
            return Optional.empty();
        }
        return Guard.call(moduleId, "the validator of setting " + definition.key(), () -> {
            Optional<String> result = definition.validator().apply(value);
            return result == null ? Optional.<String>empty() : result;
        }).orElse(Optional.of(label(definition) + " could not be checked; the value was not saved."));
    }

    private List<SettingDefinition> definitions(String moduleId) {
        return registry.find(moduleId)
                .flatMap(m -> Guard.call(moduleId, "settings", () -> List.copyOf(m.module().settings())))
                .orElse(List.of());
    }

    private void requireEnabled(long clinicId, String moduleId) {
        if (!enablement.isAvailable(clinicId, moduleId)) {
            throw new ValidationException("", "This module is not enabled for your clinic.");
        }
    }

    private static void requireAdminOf(DyadUser admin, long clinicId) {
        if (admin == null || admin.role() != Role.CLINIC_ADMIN || admin.clinicId() == null
                || admin.clinicId() != clinicId) {
            throw new AccessDeniedException("Only the clinic's admin can change its module settings.");
        }
    }

    private static String label(SettingDefinition definition) {
        return definition.label() == null || definition.label().isBlank() ? definition.key() : definition.label();
    }
}
