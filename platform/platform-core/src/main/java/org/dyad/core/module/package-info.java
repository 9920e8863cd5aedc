/** The plugin runtime: PF4J host, per-clinic module state, plugin migrations and contributions. */
@NullMarked
package org.dyad.core.module;

import org.jspecify.annotations.NullMarked;
