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
 * Reads pumped volumes from session logging's entry table (kind {@code PUMP}, not deleted, {@code total_ml}), only
 * while that module is enabled for the clinic. Fails soft: when the table cannot be read (module never installed, or
 * a changed schema) the figures are simply absent.
 */
final class SessionLogPumps implements PumpSource {

    static final String MODULE = "session-log";
    static final String TABLE = "session_log_entry";

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogPumps.class);
    private static final Table<Record> ENTRY = DSL.table(DSL.name(TABLE));
    private static final Field<Long> ID = DSL.field(DSL.name(TABLE, "id"), SQLDataType.BIGINT);
    private static final Field<Long> CLINIC_ID = DSL.field(DSL.name(TABLE, "clinic_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLIENT_ID = DSL.field(DSL.name(TABLE, "client_id"), SQLDataType.BIGINT);
    private static final Field<String> KIND = DSL.field(DSL.name(TABLE, "kind"), SQLDataType.VARCHAR);
    private static final Field<Integer> TOTAL_ML = DSL.field(DSL.name(TABLE, "total_ml"), SQLDataType.INTEGER);
    private static final Field<Object> DELETED_AT = DSL.field(DSL.name(TABLE, "deleted_at"));

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
            return Optional.of(context.data().dsl().select(ID, TOTAL_ML).from(ENTRY)
                    .where(CLINIC_ID.eq(context.data().clinicId()), CLIENT_ID.eq(clientId), KIND.eq("PUMP"),
                            TOTAL_ML.isNotNull(), DELETED_AT.isNull())
                    .fetch(row -> new PumpVolume(row.value1(), row.value2())));
        } catch (DataAccessException e) {
            LOG.warn("Pumped volumes unavailable: {} cannot be read ({})", TABLE, e.getMessage());
            return Optional.empty();
        }
    }
}
