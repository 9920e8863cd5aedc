package org.dyad.plugins.breathing.session;

import java.util.List;
import java.util.Optional;
import org.dyad.api.PluginContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pumped volumes from session logging's documented read view, only while that module is enabled for the clinic.
 * Fails soft: when the view is missing (module never installed, or an older version) the figures are simply absent.
 */
final class SessionLogPumps implements PumpSource {

    static final String MODULE = "session-log";
    static final String VIEW = "session_log_pump_volume";

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogPumps.class);
    private static final Table<Record> PUMPS = DSL.table(DSL.name(VIEW));
    private static final Field<Long> ENTRY_ID = DSL.field(DSL.name("entry_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLINIC_ID = DSL.field(DSL.name("clinic_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLIENT_ID = DSL.field(DSL.name("client_id"), SQLDataType.BIGINT);
    private static final Field<Integer> VOLUME_ML = DSL.field(DSL.name("volume_ml"), SQLDataType.INTEGER);

    private final PluginContext context;

    SessionLogPumps(PluginContext context) {
        this.context = context;
    }

    @Override
    public Optional<List<PumpVolume>> pumpsOf(long clientId) {
        if (!context.navigation().isEnabled(MODULE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(context.data().dsl().select(ENTRY_ID, VOLUME_ML).from(PUMPS)
                    .where(CLINIC_ID.eq(context.data().clinicId()).and(CLIENT_ID.eq(clientId))
                            .and(VOLUME_ML.isNotNull()))
                    .fetch(row -> new PumpVolume(row.value1(), row.value2())));
        } catch (DataAccessException e) {
            LOG.warn("Pumped volumes unavailable: {} cannot be read ({})", VIEW, e.getMessage());
            return Optional.empty();
        }
    }
}
