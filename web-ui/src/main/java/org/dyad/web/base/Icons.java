package org.dyad.web.base;

import com.vaadin.flow.component.icon.Icon;

/** Turns a module's icon name ({@code vaadin:heart}) into a component. */
public final class Icons {

    private Icons() {
    }

    public static Icon of(String name) {
        int colon = name.indexOf(':');
        Icon icon = colon < 0 ? new Icon("vaadin", name) : new Icon(name.substring(0, colon), name.substring(colon + 1));
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
