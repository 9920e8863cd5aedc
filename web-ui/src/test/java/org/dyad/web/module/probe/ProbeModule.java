package org.dyad.web.module.probe;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;
import org.dyad.api.extension.DyadModule;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/**
 * A tiny plugin that tests pack into a real jar at run time: a page that takes its {@code PluginContext} as promised, and
 * one whose constructor asks for the host's unscoped {@code DSLContext}, which the host must refuse.
 */
@Extension
public class ProbeModule implements DyadModule {

    public static final String ID = "probe";
    static final String USE = ID + ".use";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Probe";
    }

    @Override
    public String description() {
        return "Test plugin.";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(USE, "Open the probe pages", Set.of(Role.CLINIC_ADMIN, Role.CONSULTANT)));
    }

    /** {@code /staff/probe}, with a menu entry. */
    @Extension
    public static class MainPage implements StaffPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return "Probe";
        }

        @Override
        public String requiredPermission() {
            return USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ContextView.class;
        }
    }

    /** {@code /staff/probe/injected}, whose view wants a host bean. */
    @Extension
    public static class InjectedPage implements StaffPage {
        @Override
        public String path() {
            return "injected";
        }

        @Override
        public String menuLabel() {
            return "";
        }

        @Override
        public String requiredPermission() {
            return USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return InjectedView.class;
        }
    }
}
