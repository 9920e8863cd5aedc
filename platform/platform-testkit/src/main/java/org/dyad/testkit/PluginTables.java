package org.dyad.testkit;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads a plugin's tables and their rows of one client from the schema, for the contract test. */
final class PluginTables {

    private static final Field<String> TABLE_NAME = DSL.field(DSL.name("table_name"), String.class);
    private static final Field<String> COLUMN_NAME = DSL.field(DSL.name("column_name"), String.class);
    private static final Field<String> TABLE_SCHEMA = DSL.field(DSL.name("table_schema"), String.class);

    private PluginTables() {
    }

    static String prefix(String pluginId) {
        return pluginId.replace('-', '_') + "_";
    }

    static List<String> of(DSLContext dsl, String pluginId) {
        String history = "flyway_" + pluginId.replace('-', '_') + "_history";
        return dsl.select(TABLE_NAME).from(DSL.table(DSL.name("information_schema", "tables")))
                .where(TABLE_SCHEMA.eq(DSL.currentSchema()))
                .and(TABLE_NAME.startsWith(prefix(pluginId)))
                .and(TABLE_NAME.ne(history))
                .orderBy(TABLE_NAME)
                .fetch(TABLE_NAME);
    }

    static boolean hasColumn(DSLContext dsl, String table, String column) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("information_schema", "columns")))
                .where(TABLE_SCHEMA.eq(DSL.currentSchema()), TABLE_NAME.eq(table), COLUMN_NAME.eq(column)));
    }

    static int rows(DSLContext dsl, String table, String column, long value) {
        return dsl.fetchCount(DSL.table(DSL.name(table)), DSL.field(DSL.name(column), Long.class).eq(value));
    }
}
