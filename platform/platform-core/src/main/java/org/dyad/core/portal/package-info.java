@NullMarked
package org.dyad.core.portal;

import org.jspecify.annotations.NullMarked;
