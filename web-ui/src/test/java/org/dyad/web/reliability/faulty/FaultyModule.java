package org.dyad.web.reliability.faulty;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import org.dyad.api.ClientRef;
import org.dyad.api.Permission;
import org.dyad.api.PlatformEvent;
import org.dyad.api.Role;
import org.dyad.api.extension.ClientDataHandler;
import org.dyad.api.extension.ClientTab;
import org.dyad.api.extension.DashboardCard;
import org.dyad.api.extension.DyadModule;
import org.dyad.api.extension.PlatformEventListener;
import org.dyad.api.extension.PortalCard;
import org.pf4j.Extension;

/** A test-only plugin with one piece at every extension point; each throws when {@link Faults} names it. */
@Extension
public class FaultyModule implements DyadModule {

    public static final String ID = "faulty";
    public static final String TEXT = "Faulty piece works";
    static final String USE = ID + ".use";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Faulty";
    }

    @Override
    public String description() {
        return "Test plugin that throws on request.";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(USE, "See the faulty pieces", Set.of(Role.CLINIC_ADMIN, Role.CONSULTANT, Role.PARENT)));
    }

    static Component piece(String point) {
        Faults.at(point);
        return new Div(TEXT);
    }

    /** A client tab. */
    @Extension
    public static class Tab implements ClientTab {
        @Override
        public String label() {
            return "Faulty";
        }

        @Override
        public String requiredPermission() {
            return USE;
        }

        @Override
        public Component create(ClientRef client) {
            return piece("client tab");
        }
    }

    /** A dashboard card. */
    @Extension
    public static class Card implements DashboardCard {
        @Override
        public String title() {
            return "Faulty";
        }

        @Override
        public String requiredPermission() {
            return USE;
        }

        @Override
        public Component create() {
            return piece("dashboard card");
        }
    }

    /** A portal card. */
    @Extension
    public static class Portal implements PortalCard {
        @Override
        public String requiredPermission() {
            return USE;
        }

        @Override
        public Component create(long clientId) {
            return piece("portal card");
        }
    }

    /** An event listener that throws first … */
    @Extension(ordinal = 1)
    public static class Listener implements PlatformEventListener {
        @Override
        public void onEvent(PlatformEvent event) {
            Faults.at("event listener");
        }
    }

    /** … and one that counts the events it heard, in a system property the test reads. */
    @Extension(ordinal = 2)
    public static class Counter implements PlatformEventListener {
        @Override
        public void onEvent(PlatformEvent event) {
            System.setProperty(Faults.HEARD, String.valueOf(Integer.getInteger(Faults.HEARD, 0) + 1));
        }
    }

    /** Client data: no tables; export and erasure throw on request. */
    @Extension
    public static class Data implements ClientDataHandler {
        @Override
        public List<String> tables() {
            return List.of();
        }

        @Override
        public void export(ClientRef client, ExportSink sink) {
            Faults.at("export");
            sink.file("faulty.json", "{}");
        }

        @Override
        public void erase(ClientRef client) {
            Faults.at("erase");
        }
    }
}
