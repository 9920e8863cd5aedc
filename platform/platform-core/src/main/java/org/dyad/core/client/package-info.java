@NullMarked
package org.dyad.core.client;

import org.jspecify.annotations.NullMarked;
