/** Plugin views in the web app: runtime routes, the plugin-aware instantiator, the access check, module admin pages. */
@NullMarked
package org.dyad.web.module;

import org.jspecify.annotations.NullMarked;
