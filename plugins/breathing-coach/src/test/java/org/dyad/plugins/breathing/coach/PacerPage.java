package org.dyad.plugins.breathing.coach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.plugins.breathing.pattern.PatternDraft;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page object around the pacer exactly as the plugin ships it (its script and stylesheet from the jar's resources),
 * mounted with a schedule computed by {@link PacerSchedule}, in the overlay markup the coach view uses.
 */
final class PacerPage {

    private final ChromeDriver driver;

    PacerPage(ChromeDriver driver) {
        this.driver = driver;
    }

    void open(PatternDraft shape, Path workDir) throws IOException {
        String plan = PacerSchedule.of(shape).toJson(phase -> switch (phase) {
            case INHALE -> "Breathe in";
            case EXHALE -> "Breathe out";
            default -> "Hold";
        }, Map.of("cycleText", "Cycle {0} of {1}", "readyText", "Ready when you are", "doneText", "Well done"));
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>%s</style><script>%s</script></head><body style="margin:0">
                <div class="dyad-breathe" id="overlay">
                  <div class="dyad-breathe__top"><span class="dyad-breathe__title">%s</span></div>
                  <div class="dyad-pacer" id="pacer"></div>
                  <div class="dyad-breathe__controls"><button>Pause</button><button>Stop</button></div>
                </div>
                <script>window.DyadPacer.mount(document.getElementById('pacer'), %s);</script>
                </body></html>
                """.formatted(resource("pacer.css"), resource("pacer.js"), shape.name(), Json.string(plan));
        Path file = workDir.resolve("pacer.html");
        Files.writeString(file, html);
        driver.get(file.toUri().toString());
    }

    void start() {
        js("window.__dyadPacerLog.length = 0; window.DyadPacer.start(document.getElementById('pacer'));");
    }

    void pause() {
        js("window.DyadPacer.pause(document.getElementById('pacer'));");
    }

    void resume() {
        js("window.DyadPacer.resume(document.getElementById('pacer'));");
    }

    long stop() {
        return ((Number) js("return window.DyadPacer.stop(document.getElementById('pacer'));")).longValue();
    }

    void night() {
        js("document.getElementById('overlay').classList.add('dyad-breathe--night');");
    }

    String state() {
        return attribute("data-state");
    }

    String phase() {
        return attribute("data-phase");
    }

    String announcement() {
        return (String) js("return document.querySelector('.dyad-pacer__live').textContent;");
    }

    String shapeTransform() {
        return (String) js("return getComputedStyle(document.querySelector('.dyad-pacer__shape')).transform;");
    }

    boolean progressVisible() {
        return (Boolean) js("return getComputedStyle(document.querySelector('.dyad-pacer__progress')).display"
                + " !== 'none';");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log() {
        return (List<Map<String, Object>>) js("return window.__dyadPacerLog;");
    }

    void screenshot(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits, in the browser, until the JavaScript condition holds (checked every animation frame; 10 s at most). */
    void waitUntil(String condition) {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const check = () => (" + condition + ") ? done(true) : requestAnimationFrame(check); check();");
    }

    /** Lets the page run for the given time, measured by the browser's own clock. */
    void letRun(java.time.Duration duration) {
        waitUntil("(window.__dyadT0 = window.__dyadT0 || performance.now()) && performance.now() - window.__dyadT0 >= "
                + duration.toMillis() + " && (delete window.__dyadT0 || true)");
    }

    void waitForPhase(String phase) {
        waitUntil("document.getElementById('pacer').getAttribute('data-phase') === '" + phase + "'");
    }

    WebDriver driver() {
        return driver;
    }

    private String attribute(String name) {
        return driver.findElement(org.openqa.selenium.By.id("pacer")).getAttribute(name);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static String resource(String name) {
        try (InputStream in = PacerSchedule.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
