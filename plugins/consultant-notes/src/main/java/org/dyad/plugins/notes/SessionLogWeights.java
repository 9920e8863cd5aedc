package org.dyad.plugins.notes;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dyad.api.PluginContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baby weights a family or consultant logged in the session-log module, read from its table when that module is
 * enabled for the clinic. Read defensively: the module may never have been installed (no table) or may change its
 * schema; then there are simply no such weights.
 */
final class SessionLogWeights {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogWeights.class);
    private static final String MODULE = "session-log";
    private static final String TABLE = "session_log_entry";
    private static final Field<Long> CLINIC_ID = field(name(TABLE, "clinic_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLIENT_ID = field(name(TABLE, "client_id"), SQLDataType.BIGINT);
    private static final Field<Long> BABY_ID = field(name(TABLE, "baby_id"), SQLDataType.BIGINT);
    private static final Field<String> KIND = field(name(TABLE, "kind"), SQLDataType.VARCHAR);
    private static final Field<LocalDateTime> STARTED_AT = field(name(TABLE, "started_at"),
            SQLDataType.LOCALDATETIME(6));
    private static final Field<Integer> WEIGHT_G = field(name(TABLE, "weight_g"), SQLDataType.INTEGER);
    private static final Field<LocalDateTime> DELETED_AT = field(name(TABLE, "deleted_at"),
            SQLDataType.LOCALDATETIME(6));

    private final PluginContext context;

    SessionLogWeights(PluginContext context) {
        this.context = context;
    }

    /** The client's logged weights as trend points (baby names from the given map), oldest first. */
    List<TrendPoint> forClient(long clientId, Map<Long, String> babyNames) {
        if (!context.navigation().isEnabled(MODULE)) {
            return List.of();
        }
        try {
            return query(clientId, babyNames);
        } catch (DataAccessException e) {
            LOG.warn("Session-log weights unavailable, trends show visit weights only: {}", e.getMessage());
            return List.of();
        }
    }

    private List<TrendPoint> query(long clientId, Map<Long, String> babyNames) {
        ZoneId zone = context.data().clinicZone();
        return context.data().dsl().select(BABY_ID, STARTED_AT, WEIGHT_G).from(org.jooq.impl.DSL.table(name(TABLE)))
                .where(CLINIC_ID.eq(context.data().clinicId()), CLIENT_ID.eq(clientId), KIND.eq("WEIGHT"),
                        WEIGHT_G.isNotNull(), DELETED_AT.isNull())
                .orderBy(STARTED_AT)
                .fetch(row -> new TrendPoint(row.get(STARTED_AT).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                        .toLocalDate(), row.get(BABY_ID), babyNames.getOrDefault(row.get(BABY_ID), "Baby"),
                        row.get(WEIGHT_G), null, null, TrendPoint.Source.SESSION_LOG));
    }
}
