package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * The breathing shape, phase name and count. All timing happens in the browser (see {@code pacer.js}); the server
 * only starts, pauses and stops it, and hears when it ends.
 */
public class Pacer extends Div {

    Pacer(String planJson) {
        addClassName("dyad-pacer");
        addAttachListener(event -> {
            PacerResources.install(event.getUI());
            getElement().executeJs("window.DyadPacer.mount(this, $0)", planJson);
        });
        addDetachListener(event -> getElement().executeJs("window.DyadPacer && window.DyadPacer.dispose(this)"));
    }

    void start() {
        getElement().executeJs("window.DyadPacer.start(this)");
    }

    void pause() {
        getElement().executeJs("window.DyadPacer.pause(this)");
    }

    void resume() {
        getElement().executeJs("window.DyadPacer.resume(this)");
    }

    /** Stops the exercise; the browser answers with an {@link EndEvent} that is not complete. */
    void stop() {
        getElement().executeJs("window.DyadPacer.stop(this)");
    }

    void sound(boolean on) {
        getElement().executeJs("window.DyadPacer.sound(this, $0)", on);
    }

    Registration addEndListener(ComponentEventListener<EndEvent> listener) {
        return addListener(EndEvent.class, listener);
    }

    /** The exercise ended: all cycles breathed, or stopped early. */
    @DomEvent("dyad-pacer-end")
    public static class EndEvent extends ComponentEvent<Pacer> {

        private final int cycles;
        private final boolean complete;

        public EndEvent(Pacer source, boolean fromClient, @EventData("event.detail.cycles") int cycles,
                        @EventData("event.detail.complete") boolean complete) {
            super(source, fromClient);
            this.cycles = cycles;
            this.complete = complete;
        }

        int cycles() {
            return cycles;
        }

        boolean complete() {
            return complete;
        }
    }
}
