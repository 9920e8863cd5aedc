@NullMarked
package org.dyad.core.clinic;

import org.jspecify.annotations.NullMarked;
