package org.dyad.core.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every call from the host into plugin code goes through here: a failure is logged with the plugin's id and contained. */
public final class Guard {

    private static final Logger log = LoggerFactory.getLogger(Guard.class);

    private Guard() {
    }

    /** The result, or empty when the plugin code threw. */
    public static <T> Optional<T> call(String pluginId, String what, Supplier<T> work) {
        try {
            return Optional.ofNullable(work.get());
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin '{}' failed in {}", pluginId, what, e);
            return Optional.empty();
        }
    }

    /** Runs plugin code; true when it completed. */
    public static boolean run(String pluginId, String what, Runnable work) {
        return call(pluginId, what, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The component the plugin created, or a calm contained message in its place. */
    public static Component component(String pluginId, String what, Supplier<? extends Component> work) {
        return call(pluginId, what, work).map(Component.class::cast).orElseGet(() -> failed(pluginId));
    }

    static Component failed(String pluginId) {
        Div div = new Div("This part of the module '" + pluginId + "' could not be shown. The error was logged.");
        div.addClassName("dyad-plugin-error");
        div.getElement().setAttribute("role", "status");
        return div;
    }
}
