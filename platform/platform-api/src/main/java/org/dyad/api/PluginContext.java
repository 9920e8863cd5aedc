package org.dyad.api;

import java.time.Clock;

/**
 * Everything the host offers a plugin. Handed to extension constructors and to plugin views (a view's public
 * constructor may take a {@code PluginContext}; nothing else is injected into plugin classes).
 *
 * <p>Thread-safety: the context is shared by all requests; methods that depend on the user ({@link #currentUser()},
 * {@link #data()}) resolve the user of the calling request thread (or Vaadin UI access).
 *
 * @since 1.0
 */
public interface PluginContext {

    /** The id of the module this context belongs to. */
    String moduleId();

    CurrentUser currentUser();

    ClinicData data();

    AuditLog audit();

    Events events();

    /** This module's settings for the current clinic. */
    Settings settings();

    Navigation navigation();

    Messages messages();

    Clock clock();

    /** Looks up the client if the current user may see it (audited as a read), else throws {@link AccessDeniedException}. */
    ClientRef client(long clientId);
}
