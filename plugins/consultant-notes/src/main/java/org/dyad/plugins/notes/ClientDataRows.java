package org.dyad.plugins.notes;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.api.ClinicData;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.SQLDataType;

/** One client's rows of the plugin's tables, as CSV or deleted; always within the current clinic. */
final class ClientDataRows {

    private final ClinicData data;

    ClientDataRows(ClinicData data) {
        this.data = data;
    }

    String csv(String table, long clientId) {
        Result<? extends Record> rows = data.dsl().selectFrom(Tables.table(table))
                .where(Tables.Scoped.clinicId(table).eq(data.clinicId()), Tables.Scoped.clientId(table).eq(clientId))
                .orderBy(Tables.column(table, "id", SQLDataType.BIGINT)).fetch();
        StringBuilder csv = new StringBuilder(line(rows.fields().length, i -> rows.field(i).getName()));
        for (Record row : rows) {
            csv.append(line(row.size(), i -> row.get(i) == null ? "" : String.valueOf(row.get(i))));
        }
        return csv.toString();
    }

    /** Deletes children before the notes they belong to. */
    void erase(long clientId) {
        data.inTransaction(dsl -> {
            for (String table : List.copyOf(Tables.CLIENT_DATA).reversed()) {
                dsl.deleteFrom(Tables.table(table)).where(Tables.Scoped.clinicId(table).eq(data.clinicId()),
                        Tables.Scoped.clientId(table).eq(clientId)).execute();
            }
            return null;
        });
    }

    private static String line(int size, java.util.function.IntFunction<String> cell) {
        return java.util.stream.IntStream.range(0, size).mapToObj(cell).map(ClientDataRows::quote)
                .collect(Collectors.joining(",", "", "\n"));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
