/**
 * The Dyad plugin test kit: run a plugin's tests against the real host, a real MariaDB and the plugin as a real jar.
 *
 * <p>Start with {@link org.dyad.testkit.DyadPluginTest} on an integration test class ({@code *IT}) and a
 * {@link org.dyad.testkit.TestKit} parameter; extend {@link org.dyad.testkit.PluginContractTest} once per plugin.
 */
@NullMarked
package org.dyad.testkit;

import org.jspecify.annotations.NullMarked;
