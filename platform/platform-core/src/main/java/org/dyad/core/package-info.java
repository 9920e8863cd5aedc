/** The Dyad host. */
@NullMarked
package org.dyad.core;

import org.jspecify.annotations.NullMarked;
