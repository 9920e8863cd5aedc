/** The pacer and the pages that run it, for parents in the portal and for staff during a visit. */
@NullMarked
package org.dyad.plugins.breathing.coach;

import org.jspecify.annotations.NullMarked;
