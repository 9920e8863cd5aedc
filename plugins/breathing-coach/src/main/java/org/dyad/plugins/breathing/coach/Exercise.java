package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.LocalTime;
import java.util.Map;
import org.dyad.api.Messages;
import org.dyad.api.PluginContext;
import org.dyad.plugins.breathing.pattern.BreathingPattern;

/** The full-screen exercise: the pacer, and pause and stop within a thumb's reach. Dim at night. */
final class Exercise extends Div {

    private final Messages messages;
    private final Pacer pacer;
    private final Div controls = new Div();
    private final Button night = new Button();
    private final Button pause = new Button();
    private boolean paused;

    Exercise(PluginContext context, BreathingPattern pattern, boolean sound) {
        this.messages = context.messages();
        this.pacer = new Pacer(PacerSchedule.of(pattern.shape()).toJson(phase -> messages.get(phase.messageKey()),
                Map.of("readyText", messages.get("coach.ready"), "doneText", messages.get("coach.done"),
                        "pausedText", messages.get("coach.paused"), "cycleText", messages.get("coach.cycle"),
                        "stoppedText", messages.get("coach.stoppedShort"))));
        addClassName("dyad-breathe");
        getElement().setAttribute("role", "dialog");
        getElement().setAttribute("aria-modal", "true");
        getElement().setAttribute("aria-label", pattern.name());
        add(top(pattern), pacer, controls());
        setNight(isNight(context));
        Shortcuts.addShortcutListener(this, pacer::stop, Key.ESCAPE).listenOn(this);
        addAttachListener(e -> {
            trapFocus();
            pacer.sound(sound);
            pacer.start();
            pause.focus();
        });
    }

    Registration addEndListener(ComponentEventListener<Pacer.EndEvent> listener) {
        return pacer.addEndListener(listener);
    }

    /** Replaces pause and stop with what comes after the exercise. */
    void showEnd(Component end) {
        controls.removeAll();
        controls.add(end);
    }

    private Div top(BreathingPattern pattern) {
        Span title = new Span(pattern.name());
        title.addClassName("dyad-breathe__title");
        night.addClickListener(e -> setNight(!hasClassName("dyad-breathe--night")));
        Div top = new Div(title, night);
        top.addClassName("dyad-breathe__top");
        return top;
    }

    private Div controls() {
        pause.setText(messages.get("coach.pause"));
        pause.addClickListener(e -> togglePause());
        Button stop = new Button(messages.get("coach.stop"), e -> pacer.stop());
        controls.add(pause, stop);
        controls.addClassName("dyad-breathe__controls");
        return controls;
    }

    private void togglePause() {
        paused = !paused;
        if (paused) {
            pacer.pause();
        } else {
            pacer.resume();
        }
        pause.setText(messages.get(paused ? "coach.resume" : "coach.pause"));
    }

    /**
     * Keeps Tab and Shift+Tab inside the exercise (it is a modal dialog over the page): from the last control focus
     * wraps to the first, and back.
     */
    private void trapFocus() {
        getElement().executeJs("""
                const root = this;
                root.addEventListener('keydown', e => {
                  if (e.key !== 'Tab') return;
                  const items = [...root.querySelectorAll('*')].filter(el => el.tabIndex >= 0
                      && !el.hasAttribute('disabled') && el.getClientRects().length > 0);
                  if (!items.length) return;
                  const first = items[0], last = items[items.length - 1], active = document.activeElement;
                  const outside = !root.contains(active);
                  if (e.shiftKey && (outside || active === first || first.contains(active))) {
                    last.focus(); e.preventDefault();
                  } else if (!e.shiftKey && (outside || active === last || last.contains(active))) {
                    first.focus(); e.preventDefault();
                  }
                });""");
    }

    private void setNight(boolean on) {
        setClassName("dyad-breathe--night", on);
        night.setText(messages.get(on ? "coach.day" : "coach.night"));
    }

    private static boolean isNight(PluginContext context) {
        LocalTime now = LocalTime.now(context.clock().withZone(context.data().clinicZone()));
        return now.getHour() >= 21 || now.getHour() < 6;
    }
}
