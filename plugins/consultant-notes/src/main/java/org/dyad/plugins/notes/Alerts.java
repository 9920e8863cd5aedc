package org.dyad.plugins.notes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Notifications the note screens show. */
final class Alerts {

    private Alerts() {
    }

    static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Stays until closed: the user decides when to reload, so they can copy what they typed first. */
    static void conflict(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reload = new Button("Reload the note", click -> UI.getCurrent().getPage().reload());
        Button close = new Button("Keep my text on screen", click -> notification.close());
        notification.add(new HorizontalLayout(new Span(message), reload, close));
        notification.open();
    }
}
