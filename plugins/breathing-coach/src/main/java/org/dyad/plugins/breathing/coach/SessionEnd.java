package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.dyad.api.Messages;
import org.dyad.api.Navigation;
import org.dyad.api.PluginContext;
import org.dyad.plugins.breathing.session.BreathingSession;
import org.dyad.plugins.breathing.session.SessionService;

/** What follows the exercise: a clear ending, the optional after-check, and the way back. */
final class SessionEnd extends Div {

    private final PluginContext context;
    private final Messages messages;
    private final Exercise exercise;
    private final BreathingSession session;
    private final boolean backToPump;
    private final Runnable close;

    SessionEnd(PluginContext context, Exercise exercise, BreathingSession session, boolean backToPump,
               Runnable close) {
        this.context = context;
        this.messages = context.messages();
        this.exercise = exercise;
        this.session = session;
        this.backToPump = backToPump;
        this.close = close;
        addClassName("dyad-breathe__end");
    }

    void show() {
        String outcome = session.partial() ? "coach.stopped" : "coach.finished";
        Span question = new Span(messages.get("coach.tension.after"));
        question.setId("dyad-breathe-after");
        Span hint = new Span(messages.get("coach.tension.hint"));
        hint.addClassName("dyad-breathe__hint");
        Button skip = new Button(messages.get("coach.skip"), e -> finished());
        add(new Paragraph(messages.get(outcome, session.cyclesCompleted(), session.cyclesPlanned())), question,
                tensionButtons(), hint, skip);
        exercise.showEnd(this);
    }

    private Div tensionButtons() {
        Div buttons = new Div();
        buttons.addClassName("dyad-breathe__tension");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-labelledby", "dyad-breathe-after");
        for (int value = 1; value <= 5; value++) {
            int tension = value;
            Button button = new Button(Integer.toString(value), e -> answered(tension));
            buttons.add(button);
            if (value == 1) {
                button.focus();
            }
        }
        return buttons;
    }

    private void answered(int tension) {
        new SessionService(context).recordTensionAfter(session.id(), tension);
        finished();
    }

    private void finished() {
        removeAll();
        add(new Paragraph(messages.get("coach.saved")));
        if (backToPump) {
            context.navigation().pageUrl("session-log", Navigation.Surface.PORTAL, "")
                    .ifPresent(url -> add(new Anchor(url, messages.get("coach.backToPump"))));
        }
        Button done = new Button(messages.get("coach.close"), e -> close.run());
        add(done);
        done.focus();
    }
}
