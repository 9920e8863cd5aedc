package org.dyad.plugins.sessionlog;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dyad.plugins.sessionlog.log.Utc;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Bulk-loads the benchmark's data with multi-row INSERTs straight into the tables: {@code clients} synthetic clients of
 * one clinic, each with a baby and {@link #PER_DYAD} entries logged over ten days that started 10 to 190 days ago, and
 * one dense dyad with twelve entries a day over the last 30 days (the one whose charts are measured).
 */
final class BenchmarkSeed {

    static final int PER_DYAD = 100;
    private static final int CHUNK = 2_500;
    private static final List<String> ENTRY_COLUMNS = List.of("clinic_id", "client_id", "baby_id", "kind", "started_at",
            "ended_at", "left_seconds", "right_seconds", "end_side", "left_ml", "right_ml", "total_ml", "milk_type",
            "wet", "dirty", "weight_g", "created_at", "updated_at");

    private final DSLContext dsl;
    private final long clinicId;
    private final Instant now;
    private final Random random = new Random(42);

    BenchmarkSeed(DSLContext dsl, long clinicId, Instant now) {
        this.dsl = dsl;
        this.clinicId = clinicId;
        this.now = now;
    }

    /** Inserts the synthetic clients and babies; returns {client id, baby id} pairs. */
    List<long[]> dyads(int clients) {
        LocalDateTime at = Utc.toDb(now);
        Table<Record> client = table(name("client"));
        List<Field<?>> clientFields = fields("clinic_id", "first_name", "last_name", "created_at", "updated_at",
                "last_activity_at");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            rows.add(new Object[] {clinicId, "Bench" + i, "Parent" + (i % 997), at, at, at});
        }
        insert(client, clientFields, rows);
        Field<Long> id = field(name("id"), SQLDataType.BIGINT);
        List<Long> ids = dsl.select(id).from(client).where(field(name("first_name")).like("Bench%"),
                field(name("clinic_id")).eq(clinicId)).orderBy(id).fetch(id);
        List<Field<?>> babyFields = fields("clinic_id", "client_id", "name", "date_of_birth", "birth_weight_g",
                "gestational_age_weeks", "created_at");
        rows.clear();
        for (long clientId : ids) {
            rows.add(new Object[] {clinicId, clientId, "Baby" + clientId, LocalDate.now().minusDays(200),
                    2_800 + random.nextInt(1_200), 39, at});
        }
        insert(table(name("baby")), babyFields, rows);
        Field<Long> babyClient = field(name("client_id"), SQLDataType.BIGINT);
        return dsl.select(babyClient, id).from(table(name("baby"))).where(babyClient.in(ids)).orderBy(id)
                .fetch(r -> new long[] {r.value1(), r.value2()});
    }

    /** {@link #PER_DYAD} entries for each dyad, ten a day for ten days from a start 10 to 190 days ago. */
    long entries(List<long[]> dyads) {
        List<Object[]> rows = new ArrayList<>(CHUNK);
        long count = 0;
        for (long[] dyad : dyads) {
            Instant start = now.minus(Duration.ofDays(10 + random.nextInt(180)));
            for (int i = 0; i < PER_DYAD; i++) {
                rows.add(entry(dyad[0], dyad[1], start.plus(Duration.ofMinutes(144L * i)), i));
                count++;
                if (rows.size() == CHUNK) {
                    insert(table(name("session_log_entry")), fields(ENTRY_COLUMNS), rows);
                    rows.clear();
                }
            }
        }
        insert(table(name("session_log_entry")), fields(ENTRY_COLUMNS), rows);
        return count;
    }

    /** Twelve entries a day over the last 30 days for the dyad whose charts are measured. */
    long denseMonth(long clientId, long babyId) {
        List<Object[]> rows = new ArrayList<>();
        Instant start = now.minus(Duration.ofDays(30));
        for (int i = 0; i < 30 * 12; i++) {
            rows.add(entry(clientId, babyId, start.plus(Duration.ofMinutes(120L * i)), i));
        }
        insert(table(name("session_log_entry")), fields(ENTRY_COLUMNS), rows);
        return rows.size();
    }

    /** A mix of kinds: mostly breastfeeds, then diapers, pumps, bottles and a weighing every 25 entries. */
    private Object[] entry(long clientId, long babyId, Instant start, int n) {
        Object[] row = new Object[ENTRY_COLUMNS.size()];
        row[0] = clinicId;
        row[1] = clientId;
        row[2] = babyId;
        row[4] = Utc.toDb(start);
        row[16] = row[4];
        row[17] = row[4];
        int pick = n % 25 == 24 ? -1 : random.nextInt(100);
        if (pick < 0) {
            row[3] = "WEIGHT";
            row[15] = 3_000 + random.nextInt(1_500);
        } else if (pick < 55) {
            row[3] = "BREASTFEED";
            int seconds = 60 * (15 + random.nextInt(20));
            row[5] = Utc.toDb(start.plusSeconds(seconds));
            row[6] = random.nextInt(seconds / 2);
            row[7] = seconds / 2;
            row[8] = random.nextBoolean() ? "LEFT" : "RIGHT";
        } else if (pick < 70) {
            row[3] = "PUMP";
            row[5] = Utc.toDb(start.plus(Duration.ofMinutes(15)));
            row[9] = 20 + random.nextInt(80);
            row[10] = 20 + random.nextInt(80);
            row[11] = (Integer) row[9] + (Integer) row[10];
        } else if (pick < 80) {
            row[3] = "BOTTLE";
            row[11] = 30 + random.nextInt(90);
            row[12] = random.nextBoolean() ? "FORMULA" : "BREAST_MILK";
        } else {
            row[3] = "DIAPER";
            row[13] = true;
            row[14] = random.nextBoolean();
        }
        return row;
    }

    private void insert(Table<Record> into, List<Field<?>> columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            InsertValuesStepN<Record> insert = dsl.insertInto(into, columns);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                insert = insert.values(Arrays.asList(row));
            }
            insert.execute();
        }
    }

    private static List<Field<?>> fields(String... names) {
        return fields(List.of(names));
    }

    private static List<Field<?>> fields(List<String> names) {
        return names.stream().<Field<?>>map(n -> field(name(n))).toList();
    }
}
