@NullMarked
package org.dyad.core.audit;

import org.jspecify.annotations.NullMarked;
