@NullMarked
package org.dyad.web.portal;

import org.jspecify.annotations.NullMarked;
