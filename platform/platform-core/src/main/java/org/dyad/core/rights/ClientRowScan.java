package org.dyad.core.rights;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Finds a client's rows in every table of the schema, core and plugin alike, without knowing the tables: every column
 * named {@code client_id} or {@code baby_id} (or ending in {@code _client_id} / {@code _baby_id}), plus the ids of the
 * {@code client} and {@code baby} tables themselves, as {@code information_schema} lists them.
 */
@Component
public class ClientRowScan {

    /** Audit events are append-only and keep the client's id by design; see docs/reliability.md. */
    public static final Set<String> KEPT_BY_DESIGN = Set.of("audit_event");

    private final DSLContext dsl;

    public ClientRowScan(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@code table.column} → number of rows holding the client's or one of the babies' ids; only non-zero counts. */
    public Map<String, Integer> rowsOf(long clientId, Collection<Long> babyIds) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (var column : columns()) {
            String table = column.value1();
            String name = column.value2();
            boolean baby = name.equals("baby_id") || name.endsWith("_baby_id") || table.equals("baby") && name.equals("id");
            Collection<Long> ids = baby ? babyIds : List.of(clientId);
            if (ids.isEmpty()) {
                continue;
            }
            int rows = dsl.fetchCount(DSL.table(DSL.name(table)), DSL.field(DSL.name(name), Long.class).in(ids));
            if (rows > 0) {
                found.put(table + "." + name, rows);
            }
        }
        return found;
    }

    /** Like {@link #rowsOf} but without the tables that keep the client's id by design. */
    public Map<String, Integer> rowsLeftAfterErasure(long clientId, Collection<Long> babyIds) {
        Map<String, Integer> rows = new LinkedHashMap<>(rowsOf(clientId, babyIds));
        rows.keySet().removeIf(key -> KEPT_BY_DESIGN.contains(key.substring(0, key.indexOf('.'))));
        return rows;
    }

    /** Every (table, column) of the current schema that can hold a client's or baby's id. */
    public List<org.jooq.Record2<String, String>> columns() {
        var table = DSL.field(DSL.name("table_name"), String.class);
        var column = DSL.field(DSL.name("column_name"), String.class);
        return dsl.select(table, column)
                .from(DSL.table(DSL.name("information_schema", "columns")))
                .where(DSL.field(DSL.name("table_schema"), String.class).eq(DSL.currentSchema()))
                .and(column.in("client_id", "baby_id").or(column.like("%\\_client\\_id")).or(column.like("%\\_baby\\_id"))
                        .or(table.in("client", "baby").and(column.eq("id"))))
                .orderBy(table, column)
                .fetch();
    }
}
