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
        add(new Paragraph(messages.get(outcome, session.cyclesCompleted(), session.cyclesPlanned())),
                new Span(messages.get("coach.tension.after")), tensionButtons());
        exercise.showEnd(this);
    }

    private Div tensionButtons() {
        Div buttons = new Div();
        buttons.addClassName("dyad-breathe__tension");
        for (int value = 1; value <= 5; value++) {
            int tension = value;
            buttons.add(new Button(Integer.toString(value), e -> answered(tension)));
        }
        buttons.add(new Button(messages.get("coach.skip"), e -> finished()));
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
        add(new Button(messages.get("coach.close"), e -> close.run()));
    }
}
