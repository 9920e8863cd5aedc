package org.dyad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up to the first HTTP 200 on /login of the production jar with the four first-party plugins, over an existing
 * database (migrated and seeded by a first, unmeasured start). Variants: the fat jar as built; the jar extracted by
 * Spring Boot's {@code -Djarmode=tools extract}; and the extracted jar with an AppCDS archive
 * ({@code -XX:+AutoCreateSharedArchive}, archive written by a training start that is not measured).
 * Property: bench.startup.runs (default 5).
 */
final class StartupBench {

    private final PrintStream out;
    private final int runs = Bench.intProperty("bench.startup.runs", 5);

    StartupBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        String db = Database.create();
        try {
            try (AppProcess first = AppProcess.start(db, List.of(), AppProcess.jar(), Bench.logFile("startup-first"))) {
                out.printf("first start (Flyway migrations, plugin migrations, demo data): %d ms%n", first.readyMillis());
            }
            measure(db, "fat jar (java -jar dyad.jar)", List.of(), AppProcess.jar());
            List<String> extracted = List.of("-jar", extract().toString());
            measure(db, "extracted jar (jarmode=tools extract)", List.of(), extracted);
            Path archive = Bench.prod().resolve("extracted/dyad.jsa");
            Files.deleteIfExists(archive);
            List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
            try (AppProcess training = AppProcess.start(db, cds, extracted, Bench.logFile("startup-cds-training"))) {
                out.printf("CDS training start (writes %s at exit): %d ms%n", archive.getFileName(), training.readyMillis());
            }
            measure(db, "extracted jar + AppCDS archive", cds, extracted);
        } finally {
            Database.drop(db);
        }
    }

    private void measure(String db, String variant, List<String> jvm, List<String> command) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (AppProcess app = AppProcess.start(db, jvm, command, Bench.logFile("startup-" + i))) {
                times.add(app.readyMillis());
            }
        }
        out.printf(Locale.ROOT, "%-40s to first 200 on /login: %s  (runs: %s)%n", variant,
                Stats.of(times).format("ms"), times);
    }

    /** Spring Boot's recommended layout for CDS: the application jar with its libraries next to it. */
    private static Path extract() throws IOException, InterruptedException {
        Path target = Bench.prod().resolve("extracted");
        Path jar = target.resolve("dyad.jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", Bench.prod().resolve("dyad.jar").toString(), "extract", "--force",
                "--destination", target.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jarmode=tools extract failed");
        }
        return jar;
    }
}
