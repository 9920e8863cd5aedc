package org.dyad.testkit;

import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.BABY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.db.jooq.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** What an {@link AccessMatrix} reads from the schema: audit events since a mark, and every table's checksum. */
final class MatrixDatabase {

    private static final Field<String> TABLE_NAME = DSL.field(DSL.name("table_name"), String.class);

    private final DSLContext dsl;
    private final List<String> watched;

    MatrixDatabase(DSLContext dsl) {
        this.dsl = dsl;
        this.watched = dsl.select(TABLE_NAME).from(DSL.table(DSL.name("information_schema", "tables")))
                .where(DSL.field(DSL.name("table_schema")).eq(DSL.currentSchema()))
                .and(DSL.field(DSL.name("table_type")).eq("BASE TABLE"))
                .and(TABLE_NAME.ne(AUDIT_EVENT.getName()))
                .and(TABLE_NAME.notLike("flyway%"))
                .orderBy(TABLE_NAME).fetch(TABLE_NAME);
    }

    /** Every table but the audit trail and migration histories. */
    List<String> watched() {
        return watched;
    }

    long auditMark() {
        Long max = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    List<AuditEventRecord> auditSince(long mark) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.gt(mark)).orderBy(AUDIT_EVENT.ID).fetch();
    }

    /** {@code CHECKSUM TABLE} of every watched table: any inserted, changed or deleted row changes it. */
    Map<String, Long> checksums() {
        String tables = watched.stream().map(t -> dsl.render(DSL.name(t))).collect(Collectors.joining(", "));
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Record r : dsl.resultQuery("CHECKSUM TABLE " + tables).fetch()) {
            String qualified = r.get(0, String.class);
            sums.put(qualified.substring(qualified.indexOf('.') + 1), r.get(1, Long.class));
        }
        return sums;
    }

    long firstBabyOf(long clientId) {
        Long id = dsl.select(DSL.min(BABY.ID)).from(BABY).where(BABY.CLIENT_ID.eq(clientId)).fetchOne(0, Long.class);
        if (id == null) {
            throw new IllegalStateException("Client " + clientId + " has no baby: the matrix needs one.");
        }
        return id;
    }
}
