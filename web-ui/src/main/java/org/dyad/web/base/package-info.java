@NullMarked
package org.dyad.web.base;

import org.jspecify.annotations.NullMarked;
