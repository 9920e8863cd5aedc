@NullMarked
package org.dyad.web.security;

import org.jspecify.annotations.NullMarked;
