package org.dyad.web.module;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.core.module.ModuleEnablement;
import org.dyad.core.module.PluginHost;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.PluginJar;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.dyad.web.journeys.PluginAppTestBase;
import org.dyad.web.module.probe.InjectedView;
import org.dyad.web.module.probe.ProbeModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reaches a plugin and who sees it. A probe plugin, packed into a real jar and installed at run time, is enabled
 * for Willow only: Harbor's staff see it neither in the menu nor by URL. Its view that asks for the host's DSLContext is
 * never created with it: the user gets the calm "could not be opened" page, the log gets the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginIsolationIT extends PluginAppTestBase {

    private static final String PROBE_CLASSES = "org/dyad/web/module/probe";

    @Autowired
    PluginHost host;
    @Autowired
    ModuleEnablement enablement;
    @Autowired
    AccountService accounts;

    @BeforeAll
    void installProbeForWillowOnly() throws IOException {
        Path jar = probeJar();
        try (InputStream in = Files.newInputStream(jar)) {
            host.install(user("platform"), jar.getFileName().toString(), in);
        }
        enablement.enable(user("willow.admin"), ProbeModule.ID);
    }

    @AfterAll
    void removeProbe() {
        enablement.disable(user("willow.admin"), ProbeModule.ID);
        host.stopPlugin(user("platform"), ProbeModule.ID);
    }

    @Test
    void a_module_enabled_for_one_clinic_is_invisible_to_another_clinic_by_menu_and_by_url() {
        Page willow = staffPage("willow.consultant");
        assertThat(probeEntry(willow)).hasCount(1);
        probeEntry(willow).click();
        willow.waitForURL(Pattern.compile(".*/staff/probe$"));
        assertThat(willow.locator("h1")).hasText("Probe for clinic " + user("willow.consultant").clinicId());
        Browser.assertAccessible(willow);

        Page harbor = staffPage("harbor.consultant");
        assertThat(harbor.locator("vaadin-side-nav.dyad-module-nav > vaadin-side-nav-item").first()).isVisible();
        assertThat(probeEntry(harbor)).hasCount(0);
        harbor.navigate(base() + "staff/probe");
        assertThat(harbor.getByText("This module is not enabled for your clinic")).isVisible();
        assertThat(harbor.locator("body")).not().containsText("Probe for clinic");
        Browser.assertAccessible(harbor);

        willow.context().close();
        harbor.context().close();
    }

    @Test
    void a_plugin_view_asking_for_a_host_bean_is_never_created_with_it() {
        Page page = staffPage("willow.consultant");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            page.navigate(base() + "staff/probe/injected");
            assertThat(page.locator("vaadin-app-layout .dyad-page-failed"))
                    .containsText("This page of the module '" + ProbeModule.ID + "' could not be opened.");
        } finally {
            root.detachAppender(logs);
        }
        assertThat(page.locator("body")).not().containsText(InjectedView.INJECTED);
        assertThat(page.locator("body")).not().containsText("no other parameters are injected");
        assertThat(new ArrayList<>(logs.list)).as("the refusal, logged under the plugin's id").anyMatch(e ->
                e.getFormattedMessage().contains("'" + ProbeModule.ID + "'") && e.getThrowableProxy() != null
                        && e.getThrowableProxy().getMessage().contains("no other parameters are injected"));

        page.navigate(base() + "staff/probe");
        assertThat(page.locator("h1")).hasText(Pattern.compile("Probe for clinic \\d+"));
        page.context().close();
    }

    private Page staffPage(String username) {
        Page page = browser.desktop();
        Browser.login(page, base(), username, DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        return page;
    }

    private static Locator probeEntry(Page page) {
        return page.locator("vaadin-side-nav.dyad-module-nav > vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Probe"));
    }

    private DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }

    /** The probe's compiled test classes, and nothing else, in a real plugin jar with PF4J's extension index. */
    private static Path probeJar() throws IOException {
        Path testClasses = Paths.get(ProbeModule.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path staging = Files.createTempDirectory("probe-classes");
        Path target = staging.resolve(PROBE_CLASSES);
        Files.createDirectories(target);
        try (Stream<Path> classes = Files.list(testClasses.resolve(PROBE_CLASSES))) {
            for (Path c : classes.toList()) {
                Files.copy(c, target.resolve(c.getFileName()));
            }
        }
        String index = Stream.of(ProbeModule.class, ProbeModule.MainPage.class, ProbeModule.InjectedPage.class)
                .map(Class::getName).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        return PluginJar.of(ProbeModule.ID).version("1.0.0").classesFrom(staging)
                .entry("META-INF/extensions.idx", index)
                .writeTo(Files.createTempDirectory("probe-jar"));
    }
}
