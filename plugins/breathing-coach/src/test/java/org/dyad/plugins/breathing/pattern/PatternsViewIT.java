package org.dyad.plugins.breathing.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Stream;
import org.dyad.api.AccessDeniedException;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/** The staff page for clinic patterns, driven on the server against real MariaDB. */
@DyadPluginTest
class PatternsViewIT {

    @Test
    void bad_input_shows_each_message_on_its_field_and_saves_nothing(TestKit kit) {
        kit.actAs(kit.clinicA().consultant());
        PatternsView view = new PatternsView(kit.context());
        int before = patternRows(kit);

        field(view, TextField.class, "Name").setValue("  ");
        field(view, IntegerField.class, "Inhale (s)").setValue(0);
        field(view, IntegerField.class, "Hold after exhale (s)").setValue(21);
        field(view, IntegerField.class, "Cycles").clear();
        button(view, "Add pattern").click();

        assertThat(error(field(view, TextField.class, "Name"))).isEqualTo("Enter a name for the pattern.");
        assertThat(error(field(view, IntegerField.class, "Cycles"))).isEqualTo("Enter a number.");
        field(view, IntegerField.class, "Cycles").setValue(3);
        button(view, "Add pattern").click();
        assertThat(error(field(view, IntegerField.class, "Inhale (s)")))
                .isEqualTo("Inhale must be between 1 and 20 seconds.");
        assertThat(error(field(view, IntegerField.class, "Hold after exhale (s)")))
                .isEqualTo("Hold after the exhale must be between 0 and 20 seconds.");
        assertThat(error(field(view, TextField.class, "Name"))).isEqualTo("Enter a name for the pattern.");
        assertThat(field(view, IntegerField.class, "Exhale (s)").isInvalid()).isFalse();
        assertThat(patternRows(kit)).isEqualTo(before);
    }

    @Test
    void a_name_the_clinic_already_uses_is_refused_on_the_name_field(TestKit kit) {
        kit.actAs(kit.clinicA().admin());
        PatternsView view = new PatternsView(kit.context());

        field(view, TextField.class, "Name").setValue("box BREATHING");
        button(view, "Add pattern").click();

        assertThat(error(field(view, TextField.class, "Name")))
                .isEqualTo("This clinic already has a pattern named \u201cbox BREATHING\u201d.");
        assertThat(field(view, TextField.class, "Name").getValue()).isEqualTo("box BREATHING");
    }

    @Test
    void a_new_pattern_is_listed_and_can_become_what_the_portal_offers_first(TestKit kit) {
        kit.actAs(kit.clinicB().consultant());
        PatternsView view = new PatternsView(kit.context());

        field(view, TextField.class, "Name").setValue("Night feed");
        field(view, IntegerField.class, "Exhale (s)").setValue(8);
        field(view, TextField.class, "Instruction (one line)").setValue("Slow and soft.");
        button(view, "Add pattern").click();
        @SuppressWarnings("unchecked")
        Select<BreathingPattern> choice = field(view, Select.class, "Offered first in the portal");
        BreathingPattern created = choice.getListDataView().getItems()
                .filter(p -> p.name().equals("Night feed")).findFirst().orElseThrow();
        choice.setValue(created);
        button(view, "Save default").click();

        assertThat(created.summary()).isEqualTo("in 4 · hold 2 · out 8 · 3 cycles");
        assertThat(field(view, TextField.class, "Name").getValue()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("The portal now offers Night feed first.");
        assertThat(new PatternService(kit.context()).clinicDefault()).isEqualTo(created);
    }

    @Test
    void front_desk_cannot_open_the_page(TestKit kit) {
        kit.actAs(kit.clinicA().frontDesk());

        assertThatThrownBy(() -> new PatternsView(kit.context())).isInstanceOf(AccessDeniedException.class);
    }

    private static String error(HasValidation field) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        return field.getErrorMessage();
    }

    private static Button button(Component root, String text) {
        return descendants(root).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private static <T extends Component> T field(Component root, Class<T> type, String label) {
        return descendants(root).filter(type::isInstance).map(type::cast)
                .filter(c -> c instanceof HasLabel l && label.equals(l.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No field " + label));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PatternsViewIT::descendants));
    }

    private static int patternRows(TestKit kit) {
        return kit.dsl().fetchCount(table(name("breathing_coach_pattern")));
    }
}
