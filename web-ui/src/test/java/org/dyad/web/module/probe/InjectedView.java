package org.dyad.web.module.probe;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import org.jooq.DSLContext;

/** A view that asks for the host's unscoped DSLContext; if it is ever created, it says so on the page. */
public class InjectedView extends Section {

    public static final String INJECTED = "Got the host's DSLContext";

    public InjectedView(DSLContext dsl) {
        add(new H1(INJECTED + ": " + dsl.dialect()));
    }
}
