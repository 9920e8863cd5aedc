package org.dyad.core.module;

import java.time.Clock;
import java.util.function.Supplier;
import org.dyad.api.AuditLog;
import org.dyad.api.ClientRef;
import org.dyad.api.ClinicData;
import org.dyad.api.CurrentUser;
import org.dyad.api.Events;
import org.dyad.api.Messages;
import org.dyad.api.Navigation;
import org.dyad.api.PluginContext;
import org.dyad.api.Settings;
import org.dyad.api.SettingDefinition;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;

/**
 * The context one plugin receives. Shared by all threads; everything user-dependent resolves the user of the calling
 * thread (request or Vaadin UI access) through {@link CurrentUsers}.
 */
final class HostPluginContext implements PluginContext {

    private final String moduleId;
    private final ContextServices services;
    private final Messages messages;
    private final Supplier<java.util.List<SettingDefinition>> definitions;

    HostPluginContext(String moduleId, ClassLoader classLoader, ContextServices services,
                      Supplier<java.util.List<SettingDefinition>> definitions) {
        this.moduleId = moduleId;
        this.services = services;
        this.definitions = definitions;
        this.messages = new BundleMessages(moduleId, classLoader, this::locale);
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public CurrentUser currentUser() {
        return new HostCurrentUser(CurrentUsers.require(), services);
    }

    @Override
    public ClinicData data() {
        return new HostClinicData(CurrentUsers.require(), services);
    }

    @Override
    public AuditLog audit() {
        return (action, subjectType, subjectId, clientId, details) -> services.audit()
                .record(CurrentUsers.current().orElse(null), null, action, subjectType, subjectId, clientId, details);
    }

    @Override
    public Events events() {
        return services.events();
    }

    @Override
    public Settings settings() {
        return new HostSettings(moduleId, CurrentUsers.require(), definitions.get(), services.settings());
    }

    @Override
    public Navigation navigation() {
        return new HostNavigation(CurrentUsers.current().orElse(null), services.enablement());
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public Clock clock() {
        return services.clock();
    }

    @Override
    public ClientRef client(long clientId) {
        DyadUser user = CurrentUsers.require();
        ClientDetails details = services.clients().get(user, clientId);
        return new ClientRef(details.clinicId(), details.id(), details.firstName() + " " + details.lastName(),
                details.babies().stream().map(b -> new ClientRef.BabyRef(b.id(), b.name(), b.dateOfBirth(),
                        b.birthWeightGrams(), b.gestationalAgeWeeks())).toList());
    }

    private java.util.Locale locale() {
        return CurrentUsers.current().flatMap(DyadUser::clinic).flatMap(services.clinics()::find)
                .map(c -> java.util.Locale.forLanguageTag(c.locale())).orElse(java.util.Locale.ENGLISH);
    }
}
