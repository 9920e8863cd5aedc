package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PluginContext;
import org.jspecify.annotations.Nullable;

/**
 * The coach in the parent portal, at {@code portal/breathing-coach}. Query parameters: {@code pattern} (a pattern key)
 * and {@code pump} (a session-log pump entry id, for "breathe before you pump").
 */
public class PortalCoachView extends Div implements BeforeEnterObserver {

    private final PluginContext context;

    public PortalCoachView(PluginContext context) {
        this.context = context;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = context.currentUser().clientId()
                .orElseThrow(() -> new AccessDeniedException("The breathing coach in the portal is for parents."));
        QueryParameters query = event.getLocation().getQueryParameters();
        removeAll();
        add(new CoachFlow(context, clientId, pumpId(query), query.getSingleParameter("pattern").orElse(null)));
    }

    static @Nullable Long pumpId(QueryParameters query) {
        return query.getSingleParameter("pump").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }
}
