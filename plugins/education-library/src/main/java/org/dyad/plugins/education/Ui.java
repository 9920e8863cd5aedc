package org.dyad.plugins.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.dyad.api.ValidationException;

/** Small pieces the module's views share. */
final class Ui {

    /** Readable article typography on a 390 px phone: the sanitizer strips style attributes, so it lives here. */
    private static final String ARTICLE_CSS = "<style>"
            + ".education-article{font-size:1.0625rem;line-height:1.6;overflow-wrap:anywhere;max-width:40rem}"
            + ".education-article h1{font-size:var(--lumo-font-size-xxl);line-height:1.25}"
            + ".education-article h2{font-size:var(--lumo-font-size-xl);line-height:1.3;margin:1.4em 0 .4em}"
            + ".education-article h3{font-size:var(--lumo-font-size-l);line-height:1.3;margin:1.2em 0 .3em}"
            + ".education-article li{margin:.25em 0}"
            + ".education-article img{max-width:100%;height:auto}"
            + ".education-article table{display:block;overflow-x:auto;border-collapse:collapse}"
            + ".education-article td,.education-article th{border:1px solid var(--lumo-contrast-20pct);padding:.25em .5em}"
            + ".education-article blockquote{margin:1em 0;padding:.5em 1em;background:var(--lumo-contrast-5pct);"
            + "border-left:4px solid var(--lumo-primary-color)}"
            + "</style>";

    private Ui() {
    }

    static Component articleStyles() {
        return new Html(ARTICLE_CSS);
    }

    /** The portal's reading column: comfortable margins on a phone, centred and not too wide on a desktop. */
    static void portalPage(Component page) {
        page.getElement().getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "40rem")
                .set("margin", "0 auto").set("box-sizing", "border-box");
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs the action and shows a refused input's message instead of an error page. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
