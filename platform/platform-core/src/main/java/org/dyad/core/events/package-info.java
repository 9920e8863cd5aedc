@NullMarked
package org.dyad.core.events;

import org.jspecify.annotations.NullMarked;
