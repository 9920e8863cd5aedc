package org.dyad.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The foundation's key journeys in headless Chromium: staff create a client with a baby, find them and open the
 * record; a parent on a phone sees only their own dyad; sign-out. axe-core checks every page visited.
 */
@Import(FoundationJourneyIT.ShortSessions.class)
class FoundationJourneyIT extends WebTestBase {

    /** Test-only: {@code ?expire-soon} records the session's configured idle timeout and shortens it to 2 s. */
    @TestConfiguration
    static class ShortSessions {
        static volatile int configuredSeconds;

        @Bean
        FilterRegistrationBean<Filter> expireSoon() {
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>((request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                if (http.getParameter("expire-soon") != null && http.getSession(false) != null) {
                    int interval = http.getSession(false).getMaxInactiveInterval();
                    if (interval != 2) {
                        configuredSeconds = interval;
                    }
                    http.getSession(false).setMaxInactiveInterval(2);
                }
                chain.doFilter(request, response);
            });
            bean.setOrder(Integer.MIN_VALUE);
            return bean;
        }
    }

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void staff_create_a_client_with_a_baby_find_them_and_open_the_record() {
        Page page = browser.desktop();
        page.navigate(base() + "login");
        page.waitForSelector("vaadin-login-form");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "login");
        Browser.login(page, base(), "willow.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.waitForSelector("text=Welcome, Ruth Ellis");
        Browser.assertAccessible(page);

        page.navigate(base() + "staff/clients");
        page.waitForSelector("vaadin-grid");
        page.waitForSelector("vaadin-grid-cell-content:has-text('Okafor')");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "staff-clients");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client")).click();
        page.getByLabel("Parent's first name").fill("<i>Journey</i>");
        page.getByLabel("Parent's last name").fill("Testperson");
        page.getByLabel("Baby's name").fill("Wren");
        String born = LocalDate.now().minusDays(9).format(DateTimeFormatter.ofPattern("M/d/yyyy"));
        page.getByLabel("Date of birth").fill(born);
        page.getByLabel("Date of birth").press("Enter");
        page.getByLabel("Birth weight").fill("3350");
        page.getByLabel("Gestational age at birth").fill("39");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        page.waitForSelector("h2:has-text('Testperson')");
        // HTML typed into a name is shown as text, never rendered.
        assertThat(page.locator("h2").first()).hasText("<i>Journey</i> Testperson");
        assertThat(page.locator("h2 i")).hasCount(0);
        assertThat(page.locator("text=Wren · 9 days").first()).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "staff-client-record");

        page.navigate(base() + "staff/clients");
        page.locator("input[placeholder='Search by parent or baby name']").fill("Testperson");
        page.waitForSelector("vaadin-grid-cell-content:has-text('<i>Journey</i> Testperson')");
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        page.locator("vaadin-grid-cell-content:has-text('<i>Journey</i> Testperson')").first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        page.waitForSelector("h2:has-text('Testperson')");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate(base() + "staff/clients");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.context().close();
    }

    @Test
    void a_parent_on_a_phone_sees_only_their_own_dyad() {
        Page page = browser.phone();
        Browser.login(page, base(), "parent.maya", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/portal$"));
        page.waitForSelector(".dyad-baby-card");
        assertThat(page.locator("h1")).containsText("Maya");
        assertThat(page.locator(".dyad-baby-card h2")).hasText("Zuri");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Sofia").doesNotContain("Elsa").doesNotContain("Okafor, ");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-home-phone");
        page.navigate(base() + "staff/clients");
        page.waitForSelector("h1:has-text('This page is not here')");
        assertThat(page.locator("body").innerText()).doesNotContain("Sofia Lindqvist");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_mistyped_address_shows_a_calm_page_with_a_way_back_signed_in_or_not() {
        Page page = browser.desktop();
        page.navigate(base() + "no-such-page");
        page.waitForSelector("h1:has-text('This page is not here')");
        Browser.assertAccessible(page);
        Browser.login(page, base(), "willow.admin", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff/admin/no-such-page");
        page.waitForSelector("h1:has-text('This page is not here')");
        assertThat(page.locator("body").innerText()).doesNotContain("Exception").doesNotContain("staff/clients");
        page.getByText("Go to my start page").click();
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.context().close();
    }

    @Test
    void a_wrong_password_shows_a_clear_message_on_the_login_page() {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.admin", "not-the-password");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        page.waitForSelector("text=Incorrect username or password.");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void an_idle_session_expires_and_the_next_visit_asks_to_sign_in_again() {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.frontdesk", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff?expire-soon");
        assertThat(ShortSessions.configuredSeconds).isEqualTo(30 * 60);
        page.waitForTimeout(3000);
        page.navigate(base() + "staff/clients");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.context().close();
    }
}
