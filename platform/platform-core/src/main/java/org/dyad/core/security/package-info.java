@NullMarked
package org.dyad.core.security;

import org.jspecify.annotations.NullMarked;
