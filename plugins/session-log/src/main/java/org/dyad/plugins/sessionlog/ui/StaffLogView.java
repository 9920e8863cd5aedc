package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.dyad.api.PluginContext;
import org.dyad.plugins.sessionlog.stats.DyadSnapshot;
import org.dyad.plugins.sessionlog.stats.PictureService;

/** The staff page at {@code /staff/session-log}: pick an active dyad, see its log and charts. */
public class StaffLogView extends VerticalLayout {

    public StaffLogView(PluginContext context) {
        PictureService pictures = new PictureService(context);
        var active = pictures.activeDyads();
        if (active.isEmpty()) {
            add(new H2(context.messages().get("staff.title")), new Paragraph(context.messages().get("staff.none-active")));
            return;
        }
        Select<DyadSnapshot> dyad = new Select<>();
        dyad.setLabel(context.messages().get("staff.dyad"));
        dyad.setItems(active);
        dyad.setItemLabelGenerator(d -> d.clientName() + " · " + d.babyName());
        dyad.setWidth("min(420px, 100%)");
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new Paragraph(context.messages().get("staff.choose")));
        dyad.addValueChangeListener(e -> {
            panel.removeAll();
            if (e.getValue() != null) {
                panel.add(new LogPanel(context, context.client(e.getValue().clientId())));
            }
        });
        add(new H2(context.messages().get("staff.title")), dyad, panel);
    }
}
