package org.dyad.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar of Dyad in a child JVM on a loopback port, over a database of the local MariaDB, with the
 * first-party plugins in deployment mode and the demo data. {@link #readyMillis()} is the time from launching the
 * JVM to the first HTTP 200 on {@code /login}.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long readyMillis;

    private AppProcess(Process process, int port, long readyMillis) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /**
     * @param command how to launch the app after {@code java} and the JVM options: {@code -jar <jar>} by default
     */
    static AppProcess start(String database, List<String> jvmOptions, List<String> command, Path log) {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(Bench.root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", Database.url(database));
        env.put("SPRING_DATASOURCE_USERNAME", Database.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", Database.PASSWORD);
        env.put("DYAD_DEMO_DATA", "true");
        env.put("DYAD_PLUGINS_DIR", Bench.prod().resolve("plugins").toString());
        env.put("PORT", Integer.toString(port));
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not launch " + cmd, e);
        }
        long ready = waitForLogin(process, port, started, log);
        return new AppProcess(process, port, ready);
    }

    static List<String> jar() {
        Path jar = Path.of(System.getProperty("bench.jar", Bench.prod().resolve("dyad.jar").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": run bench/build-production.sh first");
        }
        return List.of("-jar", jar.toString());
    }

    private static long waitForLogin(Process process, int port, long started, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not answer /login within 120 s; see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    long pid() {
        return process.pid();
    }

    long readyMillis() {
        return readyMillis;
    }

    /** Used heap in KB after a full collection (jcmd GC.run, then GC.heap_info), median of three. */
    long heapAfterFullGcKb() {
        double[] samples = new double[3];
        for (int i = 0; i < samples.length; i++) {
            jcmd("GC.run");
            samples[i] = parseUsedKb(jcmd("GC.heap_info"));
        }
        return (long) Stats.median(samples);
    }

    static long parseUsedKb(String heapInfo) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("heap\\s+total.*?used (\\d+)K").matcher(heapInfo);
        if (!m.find()) {
            throw new IllegalStateException("unexpected GC.heap_info output: " + heapInfo);
        }
        return Long.parseLong(m.group(1));
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
