package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;

/**
 * One parent on a phone logging bottles through the real portal form, one Save press at a time: {@link #press} opens
 * a form (or keeps the one that said "not saved"), types the amount and presses Save; {@link #awaitOutcome} waits for
 * the server's answer to that press and records what the parent saw.
 */
final class PortalSession {

    static final String NOT_SAVED = "Not saved — please try again.";
    private static final String STATE = """
            () => {
              const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
              if (clients.some(c => c.isActive && c.isActive())) { return 'busy'; }
              const error = document.getElementById('entry-form-error');
              return error === null ? 'closed' : 'open:' + error.textContent;
            }""";

    /** One bottle the parent typed, possibly saved over several presses of the same form. */
    static final class Attempt {
        final int ml;
        final List<Long> failureMillis = new ArrayList<>();
        Instant firstFailureSeen;
        Instant acknowledgedAt;

        Attempt(int ml) {
            this.ml = ml;
        }
    }

    final String username;
    final Page page;
    final List<Attempt> acknowledged = new ArrayList<>();
    private int clickAnswers;
    private int answersBeforePress;
    private long pressedAt;
    private Attempt open;
    private int nextMl = 20;

    PortalSession(Browser browser, String baseUrl, String username) {
        this.username = username;
        this.page = browser.phone();
        page.onRequestFinished(request -> {
            String body = request.postData();
            if (request.url().contains("v-r=uidl") && body != null && body.contains("\"event\":\"click\"")) {
                clickAnswers++;
            }
        });
        Browser.login(page, baseUrl, username, DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/portal$"));
        page.navigate(baseUrl + "portal/session-log");
        page.locator("#feed-status").waitFor();
    }

    /** Presses Save: on the form still open after "not saved" (same form, same request key), or on a new one. */
    void press() {
        if (open == null) {
            button("+ Bottle").click();
            open = new Attempt(nextMl++);
            page.getByLabel("Volume (ml)").fill(String.valueOf(open.ml));
        }
        answersBeforePress = clickAnswers;
        pressedAt = System.nanoTime();
        button("Save").click();
    }

    /**
     * Waits for the answer to the last press. Saved: the form closed and "Saved: Bottle N ml" is shown. Not saved: the
     * form is still open, says {@link #NOT_SAVED} and still holds the typed amount.
     *
     * @return true when saved
     */
    boolean awaitOutcome(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        String state = "";
        while (System.nanoTime() < deadline) {
            state = clickAnswers > answersBeforePress ? (String) page.evaluate(STATE) : "waiting";
            if (state.equals("closed")) {
                assertThat(page.getByText("Saved: Bottle " + open.ml + " ml").count())
                        .as(username + " sees the saved bottle of " + open.ml + " ml").isPositive();
                open.acknowledgedAt = Instant.now();
                acknowledged.add(open);
                open = null;
                return true;
            }
            if (state.startsWith("open:") && state.length() > "open:".length()) {
                assertThat(state.substring("open:".length())).as(username + ": what a failed save says")
                        .isEqualTo(NOT_SAVED);
                assertThat(page.getByLabel("Volume (ml)").inputValue()).as(username + ": the typed amount is kept")
                        .isEqualTo(String.valueOf(open.ml));
                open.failureMillis.add((System.nanoTime() - pressedAt) / 1_000_000);
                if (open.firstFailureSeen == null) {
                    open.firstFailureSeen = Instant.now();
                }
                return false;
            }
            page.waitForTimeout(25);
        }
        throw new AssertionError(username + ": no answer to Save within " + seconds + " s (last state: " + state + ")");
    }

    boolean hasOpenForm() {
        return open != null;
    }

    long acknowledgedSince(Instant since) {
        return acknowledged.stream().filter(a -> a.acknowledgedAt.isAfter(since)).count();
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
