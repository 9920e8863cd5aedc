package org.dyad.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of the benchmarks: {@code bench/run.sh startup|memory|load|data [options]}. Each prints the machine,
 * its parameters and its figures. See docs/performance.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length == 0) {
            out.println("usage: bench/run.sh startup|memory|load|data");
            System.exit(2);
        }
        out.println(Machine.describe());
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "startup" -> new StartupBench(out).run();
            case "memory" -> new MemoryBench(out).run();
            case "load" -> new LoadBench(out).run();
            case "data" -> new DataBench(out).run();
            case "probe" -> probe(out, rest);
            default -> {
                out.println("unknown benchmark " + args[0] + " " + String.join(" ", rest));
                System.exit(2);
            }
        }
        System.exit(0);
    }

    /** Starts the app, signs in as {@code args[0]} and prints the UIDL answer of opening each route after it. */
    private static void probe(PrintStream out, String[] args) {
        String db = Database.create();
        try (AppProcess app = AppProcess.start(db, java.util.List.of(), AppProcess.jar(), logFile("probe-app"))) {
            Database.awaitDemoData(db);
            for (int i = 1; i < args.length; i++) {
                VaadinClient client = new VaadinClient(VaadinClient.sharedHttp(), app.base());
                client.login(args[0], "dyad-demo-2026");
                client.open(args[i]);
                out.println(args[i] + " → " + client.lastResponse());
            }
        } finally {
            Database.drop(db);
        }
    }

    /** The repository root ({@code -Dbench.root}, else the working directory). */
    static Path root() {
        return Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    }

    /** Where bench/build-production.sh puts the production jar and the plugin jars. */
    static Path prod() {
        return root().resolve("bench/target/prod");
    }

    static Path logFile(String name) {
        try {
            Path dir = Files.createDirectories(root().resolve("bench/target/logs"));
            return dir.resolve(name + ".log");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int intProperty(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }
}
