package org.dyad.plugins.notes;

import org.dyad.api.ui.CompactColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;

/** The note templates: the built-in ones and the clinic's own, and a form to add one with its fields. */
public final class TemplatesView extends VerticalLayout {

    private final TemplateService templates;
    private final Grid<Template> grid = new Grid<>();

    public TemplatesView(PluginContext context) {
        this.templates = new TemplateService(context);
        var name = grid.addColumn(Template::name).setHeader("Template").setAutoWidth(true);
        var fields = grid.addColumn(TemplatesView::fields).setHeader("Fields").setFlexGrow(1);
        CompactColumns.add(grid, CompactColumns.twoLines(Template::name, TemplatesView::fields), "Template", List.of(name, fields));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        setMaxWidth("60rem");
        add(new H2("Note templates"), grid, form());
        refresh();
    }

    private VerticalLayout form() {
        TextField name = new TextField("Template name");
        name.setWidth("min(100%, 24rem)");
        TextArea fields = new TextArea("Fields, one label per line");
        fields.setWidthFull();
        Button add = new Button("Add template", click -> {
            try {
                templates.create(name.getValue(), Arrays.stream(fields.getValue().split("\\R"))
                        .filter(line -> !line.isBlank()).toList());
                name.clear();
                fields.clear();
                refresh();
                Alerts.success("Template added.");
            } catch (ValidationException e) {
                Alerts.error(e.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3("Add a template"), name, fields, add);
        form.setPadding(false);
        return form;
    }

    private static String fields(Template template) {
        return template.fields().stream().map(TemplateField::label).collect(Collectors.joining("; "));
    }

    private void refresh() {
        grid.setItems(templates.all());
    }
}
