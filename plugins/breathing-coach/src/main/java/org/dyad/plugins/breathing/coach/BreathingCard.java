package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.PortalCard;
import org.dyad.plugins.breathing.Permissions;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.dyad.plugins.breathing.pattern.PatternService;
import org.pf4j.Extension;

/** The portal home card "Take a minute to breathe", offering the clinic's default pattern. */
@Extension
public final class BreathingCard implements PortalCard {

    private final PluginContext context;

    public BreathingCard(PluginContext context) {
        this.context = context;
    }

    @Override
    public String requiredPermission() {
        return Permissions.USE;
    }

    @Override
    public Component create(long clientId) {
        BreathingPattern pattern = new PatternService(context).clinicDefault();
        Anchor start = new Anchor("portal/breathing-coach?pattern=" + pattern.key(),
                context.messages().get("card.start"));
        Div card = new Div(new H3(context.messages().get("card.title")),
                new Paragraph(pattern.name() + " · " + pattern.summary()), start);
        card.addClassName("dyad-breathing-card");
        return card;
    }
}
