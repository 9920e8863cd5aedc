package org.dyad.web.module;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.dyad.core.module.Contributions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.springframework.stereotype.Component;

/**
 * Moves open plugin pages out of the way when their module stops being available to the user's clinic (disabled by the
 * clinic admin, or the plugin stopped): each affected UI is sent to {@link ModuleUnavailableView} through push, with
 * no error and no reload. UIs are held weakly and forgotten when they detach.
 */
@Component
class OpenPluginViews {

    private final PluginAccessCheck accessCheck;
    private final Map<UI, DyadUser> open = Collections.synchronizedMap(new WeakHashMap<>());

    OpenPluginViews(Contributions contributions, PluginAccessCheck accessCheck) {
        this.accessCheck = accessCheck;
        contributions.onChange(this::clinicChanged);
    }

    /** Follows a new UI of a signed-in user of a clinic (called on the request thread that created it). */
    void track(UI ui) {
        CurrentUsers.current().filter(u -> u.clinicId() != null).ifPresent(user -> {
            open.put(ui, user);
            ui.addDetachListener(e -> open.remove(ui));
        });
    }

    private void clinicChanged(Long clinicId) {
        for (Tracked tracked : snapshot()) {
            if (clinicId.equals(tracked.user().clinicId())) {
                try {
                    tracked.ui().access(() -> leaveIfRefused(tracked.ui(), tracked.user()));
                } catch (UIDetachedException e) {
                    open.remove(tracked.ui());
                }
            }
        }
    }

    /** An open UI and its signed-in user. */
    private record Tracked(UI ui, DyadUser user) {
    }

    private List<Tracked> snapshot() {
        List<Tracked> copy = new ArrayList<>();
        synchronized (open) {
            open.forEach((ui, user) -> copy.add(new Tracked(ui, user)));
        }
        return copy;
    }

    private void leaveIfRefused(UI ui, DyadUser user) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return;
        }
        Class<?> view = chain.getFirst().getClass();
        if (accessCheck.isPluginView(view) && !accessCheck.admits(view, Optional.of(user))) {
            ui.navigate(PluginAccessCheck.unavailableView(Optional.of(user)));
        }
    }
}
