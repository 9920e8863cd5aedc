package org.dyad.plugins.breathing.history;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.dyad.api.Messages;
import org.dyad.api.PluginContext;
import org.dyad.plugins.breathing.session.Average;
import org.dyad.plugins.breathing.session.BreathingSession;
import org.dyad.plugins.breathing.session.Comparison;
import org.dyad.plugins.breathing.session.SessionService;
import org.jspecify.annotations.Nullable;

/** A client's breathing sessions and the figures behind them, each with its n. */
final class HistoryPanel extends Composite<VerticalLayout> {

    private final PluginContext context;
    private final Messages messages;

    HistoryPanel(PluginContext context, long clientId) {
        this.context = context;
        this.messages = context.messages();
        SessionService sessions = new SessionService(context);
        List<BreathingSession> history = sessions.history(clientId);
        getContent().add(new Anchor("staff/breathing-coach/coach/" + clientId, messages.get("history.breathe")));
        getContent().add(history.isEmpty() ? new Paragraph(messages.get("history.empty")) : grid(history));
        getContent().add(new H3(messages.get("history.figures")));
        figures(sessions.comparison(clientId)).forEach(text -> getContent().add(new Paragraph(text)));
    }

    private Grid<BreathingSession> grid(List<BreathingSession> history) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(context.data().clinicZone());
        Grid<BreathingSession> grid = new Grid<>();
        grid.addColumn(s -> format.format(s.startedAt())).setHeader(messages.get("history.started"));
        grid.addColumn(BreathingSession::patternName).setHeader(messages.get("history.pattern"));
        grid.addColumn(s -> messages.get(s.partial() ? "history.partial" : "history.complete", s.cyclesCompleted(),
                s.cyclesPlanned())).setHeader(messages.get("history.cycles"));
        grid.addColumn(s -> blank(s.tensionBefore()) + " → " + blank(s.tensionAfter()))
                .setHeader(messages.get("history.tension"));
        grid.addColumn(s -> s.pumpEntryId() == null ? "" : "✓").setHeader(messages.get("history.pump"));
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    List<String> figures(Comparison comparison) {
        Average tension = comparison.tensionChange();
        String tensionText = tension.mean().isPresent()
                ? messages.get("history.tensionChange", String.format(messages.locale(), "%+.1f",
                        tension.mean().getAsDouble()), tension.n())
                : messages.get("history.tensionNone");
        if (comparison.afterBreathing().isEmpty() || comparison.withoutBreathing().isEmpty()) {
            return List.of(tensionText);
        }
        return List.of(tensionText,
                messages.get("history.afterBreathing", volume(comparison.afterBreathing().get()),
                        comparison.afterBreathing().get().n()),
                messages.get("history.withoutBreathing", volume(comparison.withoutBreathing().get()),
                        comparison.withoutBreathing().get().n()),
                messages.get("history.note"));
    }

    private String volume(Average average) {
        return average.mean().isPresent()
                ? messages.get("history.averageMl", Math.round(average.mean().getAsDouble()))
                : messages.get("history.noPumps");
    }

    private static String blank(@Nullable Integer value) {
        return value == null ? "–" : value.toString();
    }
}
