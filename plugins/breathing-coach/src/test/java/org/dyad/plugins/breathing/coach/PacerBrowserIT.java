package org.dyad.plugins.breathing.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.plugins.breathing.pattern.PatternDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pacer alone in headless Chromium at a phone's size (390×844): pause and stop, and reduced motion. Its timing,
 * the night palette and the screenshots are measured in the running app by web-ui's {@code BreathingJourneyIT}.
 */
class PacerBrowserIT {

    @TempDir
    Path workDir;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_pause_shifts_the_rest_of_the_schedule_and_stop_reports_the_cycles_completed() throws Exception {
        PacerPage pacer = open(new PatternDraft("Quick", 1, 0, 1, 0, 3, ""), false);
        pacer.start();
        pacer.waitUntil("window.__dyadPacerLog.length >= 3");
        pacer.pause();
        assertThat(pacer.state()).isEqualTo("paused");
        int phasesBeforePause = pacer.log().size();
        pacer.letRun(java.time.Duration.ofSeconds(1));
        assertThat(pacer.log()).as("no phase advances while paused").hasSize(phasesBeforePause);
        pacer.resume();

        assertThat(pacer.stop()).isEqualTo(1);
        assertThat(pacer.state()).isEqualTo("stopped");
        assertThat(pacer.log()).extracting(entry -> entry.get("phase")).containsExactly("inhale", "exhale", "inhale");
    }

    @Test
    void with_reduced_motion_the_shape_does_not_scale_and_a_progress_bar_shows_the_phase() throws Exception {
        PacerPage pacer = open(new PatternDraft("Quick", 2, 0, 2, 0, 1, ""), true);
        pacer.start();
        pacer.waitForPhase("inhale");
        pacer.letRun(java.time.Duration.ofMillis(1_000));
        String duringInhale = pacer.shapeTransform();
        pacer.waitForPhase("exhale");

        assertThat(pacer.phase()).isEqualTo("exhale");
        assertThat(pacer.shapeTransform()).isEqualTo(duringInhale);
        assertThat(pacer.progressVisible()).isTrue();
    }

    private PacerPage open(PatternDraft shape, boolean reducedMotion) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                "--force-device-scale-factor=1", "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        if (reducedMotion) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        }
        PacerPage page = new PacerPage(driver);
        page.open(shape, workDir);
        return page;
    }
}
