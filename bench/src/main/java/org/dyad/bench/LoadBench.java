package org.dyad.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent simulated parents and staff against the production app (-Xmx1g) on loopback. Each parent signs in and
 * opens the portal home, then every 2–6 s opens it again (its four plugin cards query their modules). With
 * -Dbench.load.feeds=true each parent instead opens the feeding log (/portal/session-log) and, every 2–6 s, does the
 * next step of a cycle: "Start left",
 * "Stop" (which logs a feed), open the portal home, open the feeding log again; the UI's 15 s poll is sent as a
 * browser would. Each staff user signs in, opens the clients grid and then every 2–6 s opens a random client record.
 * Users start spread over the ramp-up; round trips are measured after every user's first page is open.
 * Properties: bench.load.parents (200), bench.load.staff (20), bench.load.rampSeconds (60), bench.load.seconds (120).
 */
final class LoadBench {

    private static final List<String> CYCLE = List.of("Start left", "Stop", "portal", "portal/session-log");

    private final PrintStream out;
    private final int parents = Bench.intProperty("bench.load.parents", 200);
    private final int staff = Bench.intProperty("bench.load.staff", 20);
    private final int rampSeconds = Bench.intProperty("bench.load.rampSeconds", 60);
    private final int seconds = Bench.intProperty("bench.load.seconds", 120);
    private final boolean feeds = Boolean.getBoolean("bench.load.feeds");

    private final Map<String, ConcurrentLinkedQueue<Double>> timings = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ready = new AtomicInteger();
    private volatile boolean measuring;
    private volatile long stopAt;

    LoadBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        String db = Database.create();
        List<String> jvm = List.of("-Xmx1g", "-XX:+UseG1GC");
        out.printf("load: %d parents + %d staff, ramp-up %d s, measured %d s, app JVM %s%n", parents, staff,
                rampSeconds, seconds, jvm);
        try (AppProcess app = AppProcess.start(db, jvm, AppProcess.jar(), Bench.logFile("load-app"))) {
            List<Long> clients = Database.seedParents(db, parents);
            long feedsBefore = Database.count(db, "SELECT COUNT(*) FROM session_log_entry");
            HttpClient http = VaadinClient.sharedHttp();
            stopAt = Long.MAX_VALUE;
            try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
                int total = parents + staff;
                for (int i = 0; i < total; i++) {
                    long delay = (long) rampSeconds * 1000 * i / total;
                    boolean isParent = i < parents;
                    int n = i;
                    users.submit(() -> {
                        AppProcess.sleep(delay);
                        if (isParent) {
                            parent(http, app, "bench.parent." + n);
                        } else {
                            staff(http, app, clients);
                        }
                    });
                }
                waitUntilReady(total);
                measuring = true;
                long start = System.nanoTime();
                stopAt = start + TimeUnit.SECONDS.toNanos(seconds);
                users.shutdown();
                users.awaitTermination(seconds + 60, TimeUnit.SECONDS);
            }
            long feeds = Database.count(db, "SELECT COUNT(*) FROM session_log_entry") - feedsBefore;
            report(feeds);
        } finally {
            Database.drop(db);
        }
    }

    private void waitUntilReady(int total) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(rampSeconds + 120L);
        while (ready.get() + errors.size() < total && System.nanoTime() < deadline) {
            AppProcess.sleep(100);
        }
        out.printf("ramp-up done: %d users ready, %d failed%n", ready.get(), errors.size());
    }

    private void parent(HttpClient http, AppProcess app, String username) {
        VaadinClient c = new VaadinClient(http, app.base());
        if (!step("sign-in (form login, bcrypt)", () -> c.login(username, "dyad-demo-2026"))
                || !step("open page (bootstrap + init + navigate)", () -> c.open("portal", "Every feed counts"))) {
            return;
        }
        ready.incrementAndGet();
        if (!feeds) {
            homeOnly(c);
            return;
        }
        if (!step("parent: navigate", () -> c.open("portal/session-log", "Feeding log"))) {
            return;
        }
        long nextPoll = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        int i = 0;
        while (System.nanoTime() < stopAt) {
            think();
            if (System.nanoTime() >= stopAt) {
                break;
            }
            String action = CYCLE.get(i++ % CYCLE.size());
            boolean ok = switch (action) {
                case "Start left", "Stop" -> step("parent: tap " + action, () -> c.click(action));
                default -> step("parent: navigate", () -> c.navigate(action));
            };
            if (!ok) {
                return;
            }
            if (System.nanoTime() > nextPoll && action.equals("portal/session-log")) {
                nextPoll = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                if (!step("parent: poll", c::poll)) {
                    return;
                }
            }
        }
    }

    /** Without the feeding log: the parent reopens the portal home (four plugin cards, each querying its module). */
    private void homeOnly(VaadinClient c) {
        while (System.nanoTime() < stopAt) {
            think();
            if (System.nanoTime() >= stopAt || !step("parent: open portal home", () -> c.navigate("portal"))) {
                return;
            }
        }
    }

    private void staff(HttpClient http, AppProcess app, List<Long> clients) {
        VaadinClient c = new VaadinClient(http, app.base());
        if (!step("sign-in (form login, bcrypt)", () -> c.login("willow.consultant", "dyad-demo-2026"))
                || !step("open page (bootstrap + init + navigate)", () -> c.open("staff/clients"))) {
            return;
        }
        ready.incrementAndGet();
        while (System.nanoTime() < stopAt) {
            think();
            if (System.nanoTime() >= stopAt) {
                break;
            }
            long id = clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
            if (!step("staff: open client record", () -> c.navigate("staff/clients/" + id))) {
                return;
            }
        }
    }

    private void think() {
        AppProcess.sleep(ThreadLocalRandom.current().nextLong(2000, 6000));
    }

    /** Runs and times one round trip; a failure is counted as an error and ends that user. */
    private boolean step(String name, Runnable action) {
        long t0 = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            errors.add(name + ": " + e.getMessage());
            return false;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (measuring || name.startsWith("sign-in") || name.startsWith("open")) {
            timings.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(ms);
        }
        if (measuring && !name.startsWith("sign-in") && !name.startsWith("open")) {
            timings.computeIfAbsent("ALL interactions", k -> new ConcurrentLinkedQueue<>()).add(ms);
        }
        return true;
    }

    private void report(long feeds) {
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.printf(Locale.ROOT, "%-42s %s%n", e.getKey(), Stats.of(e.getValue()).format("ms")));
        int interactions = timings.getOrDefault("ALL interactions", new ConcurrentLinkedQueue<>()).size();
        out.printf(Locale.ROOT, "throughput: %.1f interactions/s; feeds logged in the database: %d; errors: %d%n",
                interactions / (double) seconds, feeds, errors.size());
        errors.stream().limit(10).forEach(e -> out.println("  error: " + e));
    }
}
