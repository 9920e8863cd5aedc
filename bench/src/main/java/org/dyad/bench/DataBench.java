package org.dyad.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.api.Role;
import org.dyad.core.audit.AuditQuery;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.ClientAccess;
import org.dyad.core.client.ClientService;
import org.dyad.core.client.ClientSort;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.events.EventBus;
import org.dyad.core.security.DyadUser;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The host's own queries at clinic scale, through the real services: {@link ClientService} (the clients grid) and
 * {@link AuditService} (the audit log viewer), each as the grid calls it (a page of 50 plus the count). A throwaway
 * schema gets the core migrations, one clinic with 10,000 clients (plus a second clinic with 2,000) and 500,000 audit
 * events over two years. Each query runs 5 times to warm up, then bench.data.reps times (default 50); the SQL it
 * sent is EXPLAINed and full scans of large tables are flagged. The baby-age sort is measured a second time without
 * the index of core migration V3 (ix_baby_client_birth), before and after in one run.
 * Then the consultant-notes plugin's own migration is applied, bench.data.notes notes (default 50,000, five per
 * client, each with one baby section) are inserted, and the plugin's per-client queries (visits list, care plans,
 * trend figures; the same SQL its jOOQ code sends) are timed on a different client each repetition.
 * Properties: bench.data.clients (10000), bench.data.audit (500000), bench.data.notes (50000), bench.data.reps (50).
 */
final class DataBench {

    private static final int PAGE = 50;
    private final PrintStream out;
    private final int clients = Bench.intProperty("bench.data.clients", 10_000);
    private final int auditEvents = Bench.intProperty("bench.data.audit", 500_000);
    private final int reps = Bench.intProperty("bench.data.reps", 50);
    private final int notes = Bench.intProperty("bench.data.notes", 50_000);
    private final List<String> executed = new ArrayList<>();

    DataBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        String db = Database.create();
        try (Connection c = Database.connect(db)) {
            Flyway.configure().dataSource(Database.url(db), Database.USER, Database.PASSWORD)
                    .locations("classpath:db/migration/core").table("flyway_core_history").load().migrate();
            long t0 = System.nanoTime();
            long clinic = seed(c);
            out.printf(Locale.ROOT, "seeded %d clients (+2,000 in another clinic) and %d audit events in %.0f s%n",
                    clients, auditEvents, (System.nanoTime() - t0) / 1e9);
            queries(c, clinic);
            notes(db, c, clinic);
        } finally {
            Database.drop(db);
        }
    }

    private void queries(Connection c, long clinic) throws Exception {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(c).set(SQLDialect.MARIADB)
                .set(new Settings().withStatementType(StatementType.STATIC_STATEMENT).withExecuteLogging(false))
                .set(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        executed.add(ctx.sql());
                    }
                });
        DSLContext dsl = DSL.using(configuration);
        Clock clock = Clock.systemUTC();
        AuditService audit = new AuditService(dsl, clock);
        ClientService service = new ClientService(dsl, new ClientAccess(audit), audit, new ClinicService(dsl, clock),
                new EventBus(), clock);
        DyadUser staff = new DyadUser(1, "bench.consultant", "Bench", Role.CONSULTANT, clinic, null);
        DyadUser admin = new DyadUser(2, "bench.admin", "Bench admin", Role.CLINIC_ADMIN, clinic, null);
        long someClient = firstClientId(c, clinic) + clients / 2;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        time(c, "clients: first page, by parent name", () -> service.search(staff, "", ClientSort.PARENT_ASC, 0, PAGE));
        time(c, "clients: count (grid footer)", () -> service.count(staff, ""));
        time(c, "clients: search 'mar', first page", () -> service.search(staff, "mar", ClientSort.PARENT_ASC, 0, PAGE));
        time(c, "clients: search 'mar', count", () -> service.count(staff, "mar"));
        time(c, "clients: search two words 'an son'", () -> service.search(staff, "an son", ClientSort.PARENT_ASC, 0, PAGE));
        time(c, "clients: by last activity, first page", () -> service.search(staff, "", ClientSort.LAST_ACTIVITY_DESC, 0, PAGE));
        time(c, "clients: by baby age, first page", () -> service.search(staff, "", ClientSort.BABY_AGE_ASC, 0, PAGE));
        withoutIndex(c, "baby", "ix_baby_client_birth", "(client_id, date_of_birth)", () -> time(c,
                "clients: by baby age, without ix_baby_client_birth",
                () -> service.search(staff, "", ClientSort.BABY_AGE_ASC, 0, PAGE)));
        time(c, "clients: page at offset 9,000", () -> service.search(staff, "", ClientSort.PARENT_ASC, 9_000, PAGE));
        time(c, "audit: first page, newest first", () -> audit.find(admin, AuditQuery.all(), 0, PAGE));
        time(c, "audit: count, no filter", () -> audit.count(admin, AuditQuery.all()));
        time(c, "audit: page at offset 10,000", () -> audit.find(admin, AuditQuery.all(), 10_000, PAGE));
        AuditQuery byClient = new AuditQuery(null, someClient, null, null);
        time(c, "audit: one client, first page", () -> audit.find(admin, byClient, 0, PAGE));
        time(c, "audit: one client, count", () -> audit.count(admin, byClient));
        AuditQuery byActor = new AuditQuery(3L, null, null, null);
        time(c, "audit: one staff member, first page", () -> audit.find(admin, byActor, 0, PAGE));
        time(c, "audit: one staff member, count", () -> audit.count(admin, byActor));
        AuditQuery lastWeek = new AuditQuery(null, null, today.minusDays(7), today);
        time(c, "audit: last 7 days, first page", () -> audit.find(admin, lastWeek, 0, PAGE));
        time(c, "audit: last 7 days, count", () -> audit.count(admin, lastWeek));
    }

    /** Consultant notes at clinic scale: the plugin's migration, the notes, and its three per-client queries. */
    private void notes(String db, Connection c, long clinic) throws Exception {
        Flyway.configure().dataSource(Database.url(db), Database.USER, Database.PASSWORD)
                .locations("filesystem:" + Bench.root().resolve(
                        "plugins/consultant-notes/src/main/resources/db/consultant-notes"))
                .table("flyway_consultant_notes_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        long first = firstClientId(c, clinic);
        long t0 = System.nanoTime();
        seedNotes(c, clinic, first);
        out.printf(Locale.ROOT, "seeded %d consultant notes (one baby section each) in %.0f s%n", notes,
                (System.nanoTime() - t0) / 1e9);
        Random pick = new Random(7);
        String where = " WHERE clinic_id = " + clinic + " AND client_id = ";
        timeSql(c, "notes: one client's visits list", () -> "SELECT id, visit_date, template_name, author_name, status"
                + " FROM consultant_notes_note" + where + (first + pick.nextInt(clients))
                + " ORDER BY visit_date DESC, id DESC");
        timeSql(c, "notes: one client's shared care plans", () -> "SELECT id, visit_date, author_name, plan, "
                + "plan_shared_at FROM consultant_notes_note" + where + (first + pick.nextInt(clients))
                + " AND plan_shared_at IS NOT NULL AND status = 'SIGNED' ORDER BY visit_date DESC, plan_shared_at DESC");
        timeSql(c, "notes: one client's trend figures", () -> "SELECT n.visit_date, b.baby_id, b.weight_g, "
                + "b.pre_feed_g, b.post_feed_g FROM consultant_notes_note n JOIN consultant_notes_baby_section b"
                + " ON b.note_id = n.id AND b.clinic_id = n.clinic_id WHERE n.clinic_id = " + clinic
                + " AND n.client_id = " + (first + pick.nextInt(clients)) + " ORDER BY n.visit_date, n.id, b.baby_id");
    }

    private void seedNotes(Connection c, long clinic, long firstClient) throws Exception {
        Random random = new Random(11);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String text = "'" + "Latch shallow on the left; discussed positioning and hand expression. ".repeat(6) + "'";
        Rows rows = new Rows(c, "INSERT INTO consultant_notes_note (clinic_id, client_id, template_key, template_name,"
                + " visit_date, author_user_id, author_name, status, concerns, feeding_history, parent_findings,"
                + " assessment, plan, created_at, updated_at, updated_by_name, signed_at, plan_shared_at) VALUES ");
        for (int i = 0; i < notes; i++) {
            long client = firstClient + i % clients;
            LocalDate visit = today.minusDays(random.nextInt(700));
            boolean signed = random.nextInt(10) < 8;
            String at = "'" + visit + " 10:00:00'";
            rows.add("(" + clinic + "," + client + ",'initial','Initial consultation','" + visit + "',"
                    + (1 + random.nextInt(12)) + ",'Consultant'," + (signed ? "'SIGNED'" : "'DRAFT'") + ","
                    + text + "," + text + "," + text + "," + text + "," + text + "," + at + "," + at
                    + ",'Consultant'," + (signed ? at : "NULL") + "," + (signed && i % 2 == 0 ? at : "NULL") + ")");
        }
        rows.flush();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO consultant_notes_baby_section (clinic_id, client_id, note_id, baby_id, baby_name,"
                    + " weight_g, oral_assessment, findings, pre_feed_g, post_feed_g) SELECT n.clinic_id, n.client_id,"
                    + " n.id, (SELECT MIN(b.id) FROM baby b WHERE b.client_id = n.client_id), 'Baby', 4200, '', '',"
                    + " 4210, 4272 FROM consultant_notes_note n");
            s.execute("ANALYZE TABLE consultant_notes_note, consultant_notes_baby_section");
        }
    }

    /** Like {@link #time} for plain SQL; the statement of each repetition comes from {@code sql}. */
    private void timeSql(Connection c, String name, java.util.function.Supplier<String> sql) throws Exception {
        String last = null;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 5 + reps; i++) {
            last = sql.get();
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(last)) {
                while (r.next()) {
                    r.getObject(1);
                }
            }
            if (i >= 5) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        out.printf(Locale.ROOT, "%-42s %s%n", name, Stats.of(ms).format("ms"));
        explain(c, last);
    }

    /**
     * Measures the same query once more as it ran before the index existed (before/after in one run), then restores
     * it. The foreign key on baby.client_id needs an index, so a plain (client_id) index, as the schema had before
     * migration V3, stands in while the measured one is dropped.
     */
    private static void withoutIndex(Connection c, String table, String index, String columns, Measure measure)
            throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX ix_bench_before ON " + table + " (client_id)");
            s.execute("ALTER TABLE " + table + " DROP INDEX " + index);
            s.execute("ANALYZE TABLE " + table);
        }
        try {
            measure.run();
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX " + index + " ON " + table + " " + columns);
                s.execute("ALTER TABLE " + table + " DROP INDEX ix_bench_before");
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private interface Measure {
        void run() throws Exception;
    }

    private void time(Connection c, String name, Runnable query) throws Exception {
        for (int i = 0; i < 5; i++) {
            query.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            executed.clear();
            long t0 = System.nanoTime();
            query.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        out.printf(Locale.ROOT, "%-42s %s%n", name, Stats.of(ms).format("ms"));
        for (String sql : List.copyOf(executed)) {
            explain(c, sql);
        }
    }

    /** Prints each plan row's table, access type, key and rows; flags full scans of tables with many rows. */
    private void explain(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData meta = r.getMetaData();
            out.println("    sql: " + (sql.length() > 160 ? sql.substring(0, 160) + "…" : sql));
            while (r.next()) {
                String type = r.getString("type");
                long rows = r.getLong("rows");
                boolean full = "ALL".equals(type) && rows > 1000 || "index".equals(type) && rows > 10_000;
                out.printf(Locale.ROOT, "    plan: %-12s %-6s key=%-28s rows=%-7d %s%s%n", r.getString("table"), type,
                        r.getString("key"), rows, meta.getColumnCount() >= 10 ? String.valueOf(r.getString("Extra")) : "",
                        full ? "   <-- FULL SCAN" : "");
            }
        }
    }

    private static long firstClientId(Connection c, long clinic) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(id) FROM client WHERE clinic_id = " + clinic)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static final String[] FIRST = {"Maya", "Sofia", "Aisha", "Noor", "Julia", "Rachel", "Emma", "Olivia",
            "Amara", "Chloe", "Hannah", "Leah", "Marta", "Ines", "Yara", "Zoe", "Anna", "Priya", "Mei", "Fatima"};
    private static final String[] LAST = {"Smith", "Jones", "Martin", "Garcia", "Khan", "Nguyen", "Brown", "Wilson",
            "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Marsh"};
    private static final String[] ACTIONS = {"client.read", "client.updated", "session-log.entry.added",
            "consultant-notes.note.read", "auth.login", "client.created"};

    private long seed(Connection c) throws Exception {
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO clinic (name, time_zone, created_at) VALUES ('Bench clinic', 'Europe/London', UTC_TIMESTAMP(6)),"
                    + " ('Other clinic', 'America/New_York', UTC_TIMESTAMP(6))");
        }
        long clinic = 1;
        insertClients(c, clinic, clients, random, now);
        insertClients(c, 2, 2_000, random, now);
        long firstClient = firstClientId(c, clinic);
        Rows audit = new Rows(c, "INSERT INTO audit_event (occurred_at, actor_user_id, actor_name, clinic_id, action, "
                + "subject_type, subject_id, client_id, details) VALUES ");
        for (int i = 0; i < auditEvents; i++) {
            boolean other = i % 10 == 9;
            long client = other ? 0 : firstClient + random.nextInt(clients);
            int actor = 1 + random.nextInt(12);
            LocalDateTime at = now.minusSeconds((long) random.nextInt(730 * 24 * 3600));
            audit.add("('" + at + "'," + actor + ",'user" + actor + "'," + (other ? 2 : clinic) + ",'"
                    + ACTIONS[random.nextInt(ACTIONS.length)] + "','client'," + (other ? "NULL" : client) + ","
                    + (other ? "NULL" : client) + ",NULL)");
        }
        audit.flush();
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE client, baby, audit_event");
        }
        return clinic;
    }

    private static void insertClients(Connection c, long clinic, int count, Random random, LocalDateTime now)
            throws Exception {
        Rows rows = new Rows(c, "INSERT INTO client (clinic_id, first_name, last_name, email, created_at, updated_at, "
                + "last_activity_at) VALUES ");
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)] + (i % 7 == 0 ? "-" + LAST[random.nextInt(LAST.length)] : "");
            LocalDateTime created = now.minusDays(random.nextInt(1500));
            rows.add("(" + clinic + ",'" + first + "','" + last + "','p" + i + "@example.org','" + created + "','"
                    + created + "','" + created.plusDays(random.nextInt(60)) + "')");
        }
        rows.flush();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO baby (clinic_id, client_id, name, date_of_birth, birth_weight_g, "
                    + "gestational_age_weeks, created_at) SELECT clinic_id, id, CONCAT('Baby ', id), "
                    + "DATE(created_at), 3300, 39, created_at FROM client WHERE clinic_id = " + clinic);
            s.execute("INSERT INTO baby (clinic_id, client_id, name, date_of_birth, birth_weight_g, "
                    + "gestational_age_weeks, created_at) SELECT clinic_id, id, CONCAT('Twin ', id), "
                    + "DATE(created_at), 2600, 37, created_at FROM client WHERE clinic_id = " + clinic + " AND id % 40 = 0");
        }
    }

    /** Multi-row INSERTs of 2,000 rows each. */
    private static final class Rows {
        private final Connection c;
        private final String prefix;
        private final StringBuilder sql = new StringBuilder();
        private int count;

        Rows(Connection c, String prefix) {
            this.c = c;
            this.prefix = prefix;
        }

        void add(String row) throws Exception {
            sql.append(count == 0 ? prefix : ",").append(row);
            if (++count == 2000) {
                flush();
            }
        }

        void flush() throws Exception {
            if (count > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql.toString());
                }
            }
            sql.setLength(0);
            count = 0;
        }
    }
}
