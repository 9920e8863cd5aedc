/**
 * Extension points. A plugin implements them in classes annotated with PF4J's {@code @Extension}; the host creates each
 * extension once per started plugin, passing a {@link org.dyad.api.PluginContext} to a constructor that takes one.
 *
 * <p>Contributions of a module appear only for clinics that enabled it, and only to users who hold the permission the
 * contribution names. Every call from the host is guarded: an exception thrown by an extension is logged with the
 * plugin's id and shown as a contained message in place of that piece.
 *
 * @since 1.0
 */
@NullMarked
package org.dyad.api.extension;

import org.jspecify.annotations.NullMarked;
