package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.dyad.api.Messages;
import org.jspecify.annotations.Nullable;

/** The optional "how tense do you feel" check, 1 (calm) to 5 (very tense). */
final class TensionPicker extends Composite<RadioButtonGroup<Integer>> {

    TensionPicker(String label, Messages messages) {
        RadioButtonGroup<Integer> group = getContent();
        group.setLabel(label);
        group.setItems(List.of(1, 2, 3, 4, 5));
        group.setItemLabelGenerator(value -> switch (value) {
            case 1 -> messages.get("coach.tension.calm");
            case 5 -> messages.get("coach.tension.tense");
            default -> value.toString();
        });
    }

    @Nullable Integer value() {
        return getContent().getValue();
    }
}
