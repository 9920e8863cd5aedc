@NullMarked
package org.dyad.web.staff;

import org.jspecify.annotations.NullMarked;
