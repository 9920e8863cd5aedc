package org.dyad.plugins.sessionlog;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.dyad.api.extension.DashboardCard;
import org.dyad.api.extension.PortalCard;
import org.dyad.plugins.sessionlog.log.SessionLogPermissions;
import org.dyad.plugins.sessionlog.ui.Cards;
import org.pf4j.Extension;

/** The client-record tab, the dashboard card and the portal home card. */
public final class SessionLogCards {

    private SessionLogCards() {
    }

    /** The "Session log" tab of the client record. */
    @Extension
    public static class Tab implements ClientTab {
        private final PluginContext context;

        public Tab(PluginContext context) {
            this.context = context;
        }

        @Override
        public String label() {
            return "Session log";
        }

        @Override
        public String requiredPermission() {
            return SessionLogPermissions.READ;
        }

        @Override
        public Component create(ClientRef client) {
            return Cards.clientTab(context, client);
        }
    }

    /** "Dyads that need a look". */
    @Extension
    public static class Dashboard implements DashboardCard {
        private final PluginContext context;

        public Dashboard(PluginContext context) {
            this.context = context;
        }

        @Override
        public String title() {
            return "Dyads that need a look";
        }

        @Override
        public String requiredPermission() {
            return SessionLogPermissions.READ;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Component create() {
            return Cards.needsALook(context);
        }
    }

    /** The parent's "time since last feed · last side · next side". */
    @Extension
    public static class Portal implements PortalCard {
        private final PluginContext context;

        public Portal(PluginContext context) {
            this.context = context;
        }

        @Override
        public String requiredPermission() {
            return SessionLogPermissions.PORTAL;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Component create(long clientId) {
            return Cards.portal(context, clientId);
        }
    }
}
