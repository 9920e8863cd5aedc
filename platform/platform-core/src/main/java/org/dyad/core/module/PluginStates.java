package org.dyad.core.module;

import static org.dyad.db.jooq.Tables.PLUGIN_STATE;

import java.time.Clock;
import java.util.Optional;
import org.dyad.core.db.Utc;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.PluginStateRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The desired platform-wide state of each plugin (table plugin_state), shared by every node. */
@Component
class PluginStates {

    private final DSLContext dsl;
    private final Clock clock;

    PluginStates(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Whether the plugin should run; a plugin nobody stopped runs. */
    boolean shouldRun(String pluginId) {
        return find(pluginId).map(PluginStateRecord::getStarted).orElse(true);
    }

    Optional<String> checksum(String pluginId) {
        return find(pluginId).map(PluginStateRecord::getChecksum);
    }

    void save(String pluginId, boolean started, @Nullable String checksum, @Nullable DyadUser actor) {
        var now = Utc.toDb(clock.instant());
        Long by = actor == null ? null : actor.id();
        var insert = dsl.insertInto(PLUGIN_STATE)
                .set(PLUGIN_STATE.PLUGIN_ID, pluginId)
                .set(PLUGIN_STATE.STARTED, started)
                .set(PLUGIN_STATE.CHECKSUM, checksum)
                .set(PLUGIN_STATE.CHANGED_BY, by)
                .set(PLUGIN_STATE.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(PLUGIN_STATE.STARTED, started)
                .set(PLUGIN_STATE.CHANGED_BY, by)
                .set(PLUGIN_STATE.CHANGED_AT, now);
        (checksum == null ? insert : insert.set(PLUGIN_STATE.CHECKSUM, checksum)).execute();
    }

    private Optional<PluginStateRecord> find(String pluginId) {
        return dsl.selectFrom(PLUGIN_STATE).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).fetchOptional();
    }
}
