package org.dyad.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Heap retained per open session. Starts the production app (-Xmx1g, G1), opens sessions in steps of N and measures
 * the used heap after a full GC before and after each step; the figure per session is the step's heap growth / N,
 * reported as the median over the steps. Sessions stay open (as tabs nobody closes) until the app stops.
 * Properties: bench.memory.sessions (N, default 100), bench.memory.steps (default 3), bench.memory.kinds
 * (default portal,staff,grid), bench.memory.portalLog (true adds the feeding log page).
 */
final class MemoryBench {

    private final PrintStream out;
    private final int perStep = Bench.intProperty("bench.memory.sessions", 100);
    private final int steps = Bench.intProperty("bench.memory.steps", 3);
    private final List<String> kinds = List.of(System.getProperty("bench.memory.kinds", "portal,staff,grid").split(","));

    MemoryBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        String db = Database.create();
        List<String> jvm = List.of("-Xmx1g", "-XX:+UseG1GC");
        out.printf("memory: app JVM %s, %d sessions per step, %d steps per kind%n", jvm, perStep, steps);
        try (AppProcess app = AppProcess.start(db, jvm, AppProcess.jar(), Bench.logFile("memory-app"))) {
            List<Long> clients = Database.seedParents(db, perStep * steps * 2 + 20);
            HttpClient http = VaadinClient.sharedHttp();
            List<VaadinClient> open = new ArrayList<>();
            int[] parent = {0};
            IntFunction<VaadinClient> portalHome = i -> session(http, app, "bench.parent." + parent[0]++, "portal",
                    "Every feed counts");
            IntFunction<VaadinClient> portalLog = i -> session(http, app, "bench.parent." + parent[0]++,
                    "portal/session-log", "Feeding log");
            IntFunction<VaadinClient> staffRecord = i -> session(http, app, "willow.consultant",
                    "staff/clients/" + clients.get(i % clients.size()), "Bench");
            IntFunction<VaadinClient> staffClients = i -> session(http, app, "willow.consultant", "staff/clients",
                    "vaadin-grid");
            open.addAll(openSessions(20, portalHome));
            open.addAll(openSessions(20, staffRecord));
            if (kinds.contains("portal")) {
                measure(app, open, "portal session (home /portal)", portalHome);
            }
            if (Boolean.getBoolean("bench.memory.portalLog")) {
                measure(app, open, "portal session (feeding log /portal/session-log)", portalLog);
            }
            if (kinds.contains("staff")) {
                measure(app, open, "staff session (client record /staff/clients/{id})", staffRecord);
            }
            if (kinds.contains("grid")) {
                measure(app, open, "staff session (clients grid /staff/clients, no rows asked)", staffClients);
            }
            out.printf("sessions open at the end: %d%n", open.size());
        } finally {
            Database.drop(db);
        }
    }

    private void measure(AppProcess app, List<VaadinClient> open, String kind, IntFunction<VaadinClient> factory)
            throws Exception {
        List<Double> perSession = new ArrayList<>();
        long before = app.heapAfterFullGcKb();
        for (int step = 0; step < steps; step++) {
            open.addAll(openSessions(perStep, factory));
            long after = app.heapAfterFullGcKb();
            perSession.add((after - before) / (double) perStep);
            before = after;
        }
        double[] values = perSession.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(Locale.ROOT, "%-55s per session: median %.0f KB  (steps: %s KB; heap now %d MB)%n", kind,
                Stats.median(values), perSession.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                before / 1024);
    }

    private static List<VaadinClient> openSessions(int count, IntFunction<VaadinClient> factory) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<VaadinClient>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> factory.apply(n)));
            }
            List<VaadinClient> clients = new ArrayList<>();
            for (Future<VaadinClient> f : futures) {
                clients.add(f.get());
            }
            return clients;
        }
    }

    private static VaadinClient session(HttpClient http, AppProcess app, String user, String route, String expected) {
        VaadinClient client = new VaadinClient(http, app.base());
        client.login(user, "dyad-demo-2026");
        client.open(route, expected);
        return client;
    }
}
