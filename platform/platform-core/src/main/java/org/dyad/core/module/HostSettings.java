package org.dyad.core.module;

import java.util.List;
import java.util.Optional;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.api.SettingDefinition;
import org.dyad.api.Settings;
import org.dyad.api.ValidationException;
import org.dyad.core.security.DyadUser;

/** A module's settings for the user's clinic: stored value, else the declared default. */
record HostSettings(String moduleId, DyadUser user, List<SettingDefinition> definitions, ModuleSettings store)
        implements Settings {

    @Override
    public String get(String key) {
        SettingDefinition definition = definition(key);
        return store.find(clinicId(), moduleId, key).orElse(definition.defaultValue());
    }

    @Override
    public void set(String key, String value) {
        if (user.role() != Role.CLINIC_ADMIN) {
            throw new AccessDeniedException("Only a clinic admin can change module settings.");
        }
        SettingDefinition definition = definition(key);
        Optional<String> error = definition.validator() == null ? Optional.empty() : definition.validator().apply(value);
        if (error.isPresent()) {
            throw new ValidationException(key, error.get());
        }
        store.save(user, moduleId, key, value);
    }

    private SettingDefinition definition(String key) {
        return definitions.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Module " + moduleId + " declares no setting '" + key + "'."));
    }

    private long clinicId() {
        return user.clinic().orElseThrow(() -> new AccessDeniedException("Settings belong to a clinic."));
    }
}
