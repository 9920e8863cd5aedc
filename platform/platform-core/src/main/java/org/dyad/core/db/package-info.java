@NullMarked
package org.dyad.core.db;

import org.jspecify.annotations.NullMarked;
