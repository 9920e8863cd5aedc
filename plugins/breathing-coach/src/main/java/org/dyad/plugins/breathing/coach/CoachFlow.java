package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import org.dyad.api.Messages;
import org.dyad.api.PluginContext;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.dyad.plugins.breathing.pattern.PatternService;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.jspecify.annotations.Nullable;

/**
 * The whole exercise for one client: choose a pattern and (optionally) say how tense you feel, breathe full-screen,
 * then the session is saved and the after-check offered.
 */
final class CoachFlow extends Composite<VerticalLayout> {

    private final PluginContext context;
    private final Messages messages;
    private final long clientId;
    private final @Nullable Long pumpEntryId;
    private final Select<BreathingPattern> pattern = new Select<>();
    private final TensionPicker tensionBefore;
    private final Checkbox sound;

    CoachFlow(PluginContext context, long clientId, @Nullable Long pumpEntryId, @Nullable String patternKey) {
        this.context = context;
        this.messages = context.messages();
        this.clientId = clientId;
        this.pumpEntryId = pumpEntryId;
        this.tensionBefore = new TensionPicker(messages.get("coach.tension.before"), messages);
        this.sound = new Checkbox(messages.get("coach.sound"), false);
        buildSetup(patternKey);
    }

    private void buildSetup(@Nullable String patternKey) {
        PatternService patterns = new PatternService(context);
        List<BreathingPattern> all = patterns.all();
        pattern.setLabel(messages.get("coach.pattern"));
        pattern.setItems(all);
        pattern.setItemLabelGenerator(BreathingPattern::name);
        pattern.setValue(patternKey == null ? patterns.clinicDefault()
                : patterns.find(patternKey).orElseGet(patterns::clinicDefault));
        pattern.setWidthFull();
        Paragraph instruction = new Paragraph();
        pattern.addValueChangeListener(e -> describe(instruction, e.getValue()));
        describe(instruction, pattern.getValue());
        Button begin = new Button(messages.get("coach.begin"), e -> begin());
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        begin.setWidthFull();
        getContent().add(new H2(messages.get("coach.title")), pattern, instruction, tensionBefore, sound);
        if (linksPump()) {
            getContent().add(new Paragraph(messages.get("coach.beforePump")));
        }
        getContent().add(begin);
        getContent().setMaxWidth("32rem");
    }

    private void describe(Paragraph instruction, @Nullable BreathingPattern chosen) {
        instruction.setText(chosen == null ? "" : chosen.summary() + ". " + chosen.instruction());
    }

    private boolean linksPump() {
        return pumpEntryId != null && context.navigation().isEnabled("session-log");
    }

    private void begin() {
        BreathingPattern chosen = pattern.getValue();
        Instant startedAt = context.clock().instant();
        Exercise exercise = new Exercise(context, chosen, sound.getValue());
        exercise.addEndListener(end -> new SessionEnd(context, exercise, new SessionService(context).save(
                new SessionDraft(clientId, chosen, end.cycles(),
                        tensionBefore.value(), null, startedAt, context.clock().instant(), pumpEntryId)),
                linksPump(), () -> getContent().remove(exercise)).show());
        getContent().add(exercise);
    }
}
