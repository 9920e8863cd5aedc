package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Style;

/**
 * The log's calm, warm look without a theme folder: the host's palette ({@code --dyad-bg}, {@code --dyad-card},
 * {@code --dyad-accent}, with fallbacks when a host has none), soft rounded cards and a bar of big buttons in the
 * thumb zone.
 */
final class Look {

    static final String CARD = "var(--dyad-card, #ffffff)";
    static final String ACCENT = "var(--dyad-accent, #e9d8cf)";
    static final String PAGE = "var(--dyad-bg, #fbf7f4)";

    /** Height of the host portal's bottom navigation, which the timer bar sits on. */
    private static final String HOST_NAV = "calc(3.5rem + 1px + env(safe-area-inset-bottom))";

    private Look() {
    }

    /** A soft rounded card. */
    static Style card(Component component) {
        return component.getElement().getStyle().set("background", CARD).set("border-radius", "1rem")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("width", "100%");
    }

    /** The thumb zone: a bar fixed just above the portal's navigation, holding the timer's two big buttons. */
    static void bottomBar(Component bar) {
        bar.getElement().getStyle().set("position", "fixed").set("bottom", HOST_NAV).set("left", "0")
                .set("right", "0").set("max-width", "36rem").set("margin", "0 auto").set("display", "flex")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", PAGE).set("box-sizing", "border-box").set("z-index", "10");
    }
}
