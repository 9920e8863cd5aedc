package org.dyad.plugins.breathing.pattern;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.dyad.api.Messages;
import org.dyad.api.ValidationException;

/**
 * The "new pattern" form. A refused pattern keeps everything typed and shows each message on its field; the form is
 * cleared only after {@code create} succeeded.
 */
final class PatternForm extends Composite<VerticalLayout> {

    private final Messages messages;
    private final TextField name = new TextField();
    private final IntegerField inhale;
    private final IntegerField holdIn;
    private final IntegerField exhale;
    private final IntegerField holdOut;
    private final IntegerField cycles;
    private final TextField instruction = new TextField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PatternForm(Messages messages, Consumer<PatternDraft> create) {
        this.messages = messages;
        name.setLabel(messages.get("patterns.name"));
        name.setMaxLength(PatternDraft.MAX_NAME);
        inhale = number("patterns.inhale", 4, "patterns.breathHelp");
        holdIn = number("patterns.holdIn", 2, "patterns.holdHelp");
        exhale = number("patterns.exhale", 6, "patterns.breathHelp");
        holdOut = number("patterns.holdOut", 0, "patterns.holdHelp");
        cycles = number("patterns.cycles", 3, "patterns.cyclesHelp");
        instruction.setLabel(messages.get("patterns.instruction"));
        instruction.setMaxLength(PatternDraft.MAX_INSTRUCTION);
        fields.putAll(Map.of("name", name, "inhale", inhale, "holdIn", holdIn, "exhale", exhale, "holdOut", holdOut,
                "cycles", cycles, "instruction", instruction));
        fields.values().forEach(field -> field.setManualValidation(true));
        Button add = new Button(messages.get("patterns.create"), e -> submit(create));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, inhale, holdIn, exhale, holdOut, cycles, instruction);
        form.setColspan(name, 2);
        form.setColspan(instruction, 2);
        getContent().setPadding(false);
        getContent().add(new H3(messages.get("patterns.new")), new Paragraph(messages.get("patterns.newHelp")), form,
                add);
    }

    private IntegerField number(String labelKey, int initial, String helperKey) {
        IntegerField field = new IntegerField(messages.get(labelKey));
        field.setValue(initial);
        field.setHelperText(messages.get(helperKey));
        return field;
    }

    private void submit(Consumer<PatternDraft> create) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            create.accept(draft());
            name.clear();
            instruction.clear();
        } catch (ValidationException e) {
            show(e.fieldErrors());
        }
    }

    /** The typed pattern; an empty number counts as out of range, and its message asks for a number. */
    private PatternDraft draft() {
        Map<String, String> missing = new LinkedHashMap<>();
        numbers().forEach((key, field) -> {
            if (field.getValue() == null) {
                missing.put(key, messages.get("patterns.enterNumber"));
            }
        });
        try {
            return new PatternDraft(name.getValue(), number(inhale), number(holdIn), number(exhale), number(holdOut),
                    number(cycles), instruction.getValue());
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
            errors.putAll(missing);
            throw new ValidationException(errors);
        }
    }

    private Map<String, IntegerField> numbers() {
        return Map.of("inhale", inhale, "holdIn", holdIn, "exhale", exhale, "holdOut", holdOut, "cycles", cycles);
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private void show(Map<String, String> errors) {
        errors.forEach((key, message) -> {
            HasValidation field = fields.getOrDefault(key, name);
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }
}
