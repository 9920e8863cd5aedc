package org.dyad.plugins.breathing.pattern;

import org.dyad.api.ui.CompactColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.dyad.api.Messages;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;

/**
 * {@code staff/breathing-coach/patterns}: the clinic's patterns, a form for a new one, and the choice of the pattern
 * the portal offers first. Needs {@code breathing-coach.manage}; the service checks it again.
 */
public class PatternsView extends VerticalLayout {

    private final PatternService patterns;
    private final Messages messages;
    private final Grid<BreathingPattern> grid = new Grid<>();
    private final Select<BreathingPattern> clinicDefault = new Select<>();
    private final Paragraph status = new Paragraph();

    public PatternsView(PluginContext context) {
        this.patterns = new PatternService(context);
        this.messages = context.messages();
        setMaxWidth("60rem");
        status.getElement().setAttribute("role", "status");
        add(new H2(messages.get("patterns.title")), status, defaultChoice(), list(),
                new PatternForm(messages, this::create));
        refresh();
    }

    private VerticalLayout defaultChoice() {
        clinicDefault.setLabel(messages.get("patterns.default"));
        clinicDefault.setItemLabelGenerator(p -> p.name() + " · " + p.summary());
        clinicDefault.setWidth("min(100%, 30rem)");
        Button save = new Button(messages.get("patterns.saveDefault"), e -> saveDefault());
        HorizontalLayout row = new HorizontalLayout(clinicDefault, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(messages.get("patterns.defaultTitle")), row);
        section.setPadding(false);
        return section;
    }

    private Grid<BreathingPattern> list() {
        var name = grid.addColumn(BreathingPattern::name).setHeader(messages.get("patterns.name")).setAutoWidth(true);
        var rhythm = grid.addColumn(BreathingPattern::summary).setHeader(messages.get("patterns.rhythm")).setAutoWidth(true);
        var instruction = grid.addColumn(BreathingPattern::instruction).setHeader(messages.get("patterns.instruction"))
                .setFlexGrow(1);
        var source = grid.addColumn(this::source).setHeader(messages.get("patterns.source")).setAutoWidth(true);
        CompactColumns.add(grid, CompactColumns.twoLines(BreathingPattern::name,
                p -> p.summary() + " · " + source(p) + " — " + p.instruction()), messages.get("patterns.name"),
                List.of(name, rhythm, instruction, source));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("patterns.title"));
        return grid;
    }

    private String source(BreathingPattern pattern) {
        return messages.get(pattern.isClinicPattern() ? "patterns.ownClinic" : "patterns.builtIn");
    }

    private void create(PatternDraft draft) {
        BreathingPattern created = patterns.create(draft);
        refresh();
        status.setText(messages.get("patterns.created", created.name()));
    }

    private void saveDefault() {
        BreathingPattern chosen = clinicDefault.getValue();
        try {
            patterns.chooseDefault(chosen == null ? "" : chosen.key());
            status.setText(messages.get("patterns.defaultSaved", chosen.name()));
        } catch (ValidationException e) {
            clinicDefault.setErrorMessage(String.join(" ", e.messages()));
            clinicDefault.setInvalid(true);
        }
    }

    private void refresh() {
        List<BreathingPattern> all = patterns.all();
        grid.setItems(all);
        clinicDefault.setItems(all);
        clinicDefault.setValue(patterns.clinicDefault());
    }
}
