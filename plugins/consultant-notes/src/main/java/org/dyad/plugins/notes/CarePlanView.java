package org.dyad.plugins.notes;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Navigation;
import org.dyad.api.PluginContext;

/**
 * The family's care plans, phone first: the current plan, earlier ones folded away, and links to the education library
 * and the breathing coach when the clinic has them. Never any other part of a note.
 */
public final class CarePlanView extends VerticalLayout {

    private final PluginContext context;

    public CarePlanView(PluginContext context) {
        this.context = context;
        setMaxWidth("40rem");
        add(new H2("Your care plan"));
        long clientId = context.currentUser().clientId()
                .orElseThrow(() -> new AccessDeniedException("Care plans are shown to the family they belong to."));
        List<CarePlan> plans = new ClientNotes(context).carePlans(clientId);
        if (plans.isEmpty()) {
            add(new Paragraph("Your consultant has not shared a care plan yet."));
        } else {
            add(current(plans.getFirst()));
            plans.stream().skip(1).forEach(plan -> add(earlier(plan)));
        }
        links();
    }

    private Div current(CarePlan plan) {
        Div div = new Div(new H3("From your visit on " + Times.date(plan.visitDate())), new Paragraph(plan.plan()),
                new Paragraph("— " + plan.consultantName()));
        div.setId("current-care-plan");
        div.getStyle().set("white-space", "pre-line");
        return div;
    }

    private Details earlier(CarePlan plan) {
        Paragraph text = new Paragraph(plan.plan());
        text.getStyle().set("white-space", "pre-line");
        return new Details("Earlier plan: visit on " + Times.date(plan.visitDate()), text);
    }

    private void links() {
        link("education-library", "Read the articles from your clinic");
        link("breathing-coach", "Open the breathing coach");
    }

    private void link(String moduleId, String label) {
        Navigation navigation = context.navigation();
        if (navigation.isEnabled(moduleId)) {
            navigation.pageUrl(moduleId, Navigation.Surface.PORTAL, "").ifPresent(url -> add(new Anchor(url, label)));
        }
    }
}
