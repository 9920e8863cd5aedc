package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A one-line description of the machine a benchmark runs on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "machine: nproc=" + Runtime.getRuntime().availableProcessors()
                + ", cpu=" + cpuModel()
                + ", memory=" + memTotalMb() + " MB"
                + ", JDK=" + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", OS=" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", load average now=" + lines("/proc/loadavg").stream().findFirst().orElse("?");
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static long memTotalMb() {
        return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
