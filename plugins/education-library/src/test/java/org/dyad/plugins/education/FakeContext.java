package org.dyad.plugins.education;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.AuditLog;
import org.dyad.api.ClientRef;
import org.dyad.api.ClinicData;
import org.dyad.api.CurrentUser;
import org.dyad.api.Events;
import org.dyad.api.Messages;
import org.dyad.api.Navigation;
import org.dyad.api.PluginContext;
import org.dyad.api.Role;
import org.dyad.api.Settings;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A plugin context for tests on real MariaDB until the platform test kit is available: the signed-in user (role,
 * clinic, client) can be switched, permissions follow the module's default roles, and the clock is fixed.
 */
final class FakeContext implements PluginContext {

    record User(long userId, String name, Role role, long clinicId, @Nullable Long clientId) {
    }

    final List<String> audit = new ArrayList<>();
    final Set<String> enabledModules = new HashSet<>();
    private final DSLContext dsl;
    private User user;
    private Instant now = Instant.parse("2026-11-25T09:00:00Z");

    FakeContext(DSLContext dsl, User user) {
        this.dsl = dsl;
        this.user = user;
    }

    void signIn(User next) {
        this.user = next;
    }

    void advance(java.time.Duration duration) {
        now = now.plus(duration);
    }

    @Override public String moduleId() { return EducationLibraryModule.ID; }
    @Override public Clock clock() { return Clock.fixed(now, ZoneOffset.UTC); }
    @Override public AuditLog audit() { return (action, type, id, client, details) -> audit.add(action); }
    @Override public Events events() { return event -> { }; }
    @Override public Settings settings() { throw new UnsupportedOperationException(); }
    @Override public ClientRef client(long clientId) { throw new UnsupportedOperationException(); }

    @Override
    public Messages messages() {
        return new Messages() {
            @Override public String get(String key, Object... args) { return key; }
            @Override public Locale locale() { return Locale.ENGLISH; }
        };
    }

    @Override
    public Navigation navigation() {
        return new Navigation() {
            @Override public boolean isEnabled(String moduleId) { return enabledModules.contains(moduleId); }

            @Override
            public Optional<String> pageUrl(String moduleId, Surface surface, String path) {
                return isEnabled(moduleId) ? Optional.of(surface.name().toLowerCase(Locale.ROOT) + "/" + moduleId
                        + "/" + path) : Optional.empty();
            }
        };
    }

    @Override
    public ClinicData data() {
        return new ClinicData() {
            @Override public long clinicId() { return user.clinicId(); }
            @Override public DSLContext dsl() { return dsl; }
            @Override public ZoneId clinicZone() { return ZoneOffset.UTC; }

            @Override
            public <T> T inTransaction(Function<DSLContext, T> work) {
                return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            }
        };
    }

    @Override
    public CurrentUser currentUser() {
        User current = user;
        return new CurrentUser() {
            @Override public long userId() { return current.userId(); }
            @Override public String displayName() { return current.name(); }
            @Override public Role role() { return current.role(); }
            @Override public Optional<Long> clinicId() { return Optional.of(current.clinicId()); }
            @Override public Optional<Long> clientId() { return Optional.ofNullable(current.clientId()); }

            @Override
            public boolean has(String permissionId) {
                return Permissions.all().stream().anyMatch(p -> p.id().equals(permissionId)
                        && p.defaultRoles().contains(current.role()));
            }

            @Override
            public void requireClient(long clientId) {
                boolean mine = current.role() == Role.PARENT ? Long.valueOf(clientId).equals(current.clientId())
                        : dsl.fetchExists(DSL.table("client"), DSL.field("id").eq(clientId)
                                .and(DSL.field("clinic_id").eq(current.clinicId())));
                if (!mine) {
                    throw new AccessDeniedException("You may not see this client.");
                }
            }
        };
    }
}
