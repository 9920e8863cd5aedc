package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Inputs of the note editor. Text and number fields report a change once typing pauses (the autosave debounce) and
 * when they lose focus; every change made by the user runs the given save (which skips unchanged content).
 */
final class Inputs {

    /** Pause after the last keystroke before a change is reported and saved. */
    static final int DEBOUNCE_MS = 800;

    private Inputs() {
    }

    static TextArea text(String label, String value, Runnable onChange) {
        TextArea area = new TextArea(label);
        area.setValue(value);
        area.setWidthFull();
        area.setMaxLength(Limits.MAX_TEXT);
        area.setMinHeight("5.5em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(DEBOUNCE_MS);
        area.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
        syncOnChange(area);
        area.addBlurListener(event -> onChange.run());
        return area;
    }

    static IntegerField grams(String label, @Nullable Integer value, Runnable onChange) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("g"));
        field.setHelperText(Limits.number(Limits.MIN_WEIGHT_G) + "–" + Limits.number(Limits.MAX_WEIGHT_G) + " g");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
        syncOnChange(field);
        field.addBlurListener(event -> onChange.run());
        return field;
    }

    static RadioButtonGroup<Integer> score(String label, @Nullable Integer value, Runnable onChange) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setItems(List.of(0, 1, 2));
        group.setValue(value);
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
        return group;
    }

    /**
     * Also sends the value at once on the field's {@code change} event (when it loses focus), so a value typed just
     * before the field is left — or the page hidden — is never waiting out the debounce.
     */
    private static void syncOnChange(Component field) {
        field.getElement().addPropertyChangeListener("value", "change", event -> { });
        PageCloseFlush.track(field);
    }

    /** Marks the fields named in the exception invalid with their messages; true when one of them was found. */
    static boolean mark(ValidationException e, Map<String, ? extends HasValidation> fields) {
        boolean found = false;
        for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field != null) {
                field.setErrorMessage(error.getValue());
                field.setInvalid(true);
                found = true;
            }
        }
        return found;
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
