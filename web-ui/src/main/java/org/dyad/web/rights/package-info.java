/** The clinic admin's side of a client's data rights: export and erasure, each confirmed by a second step. */
@NullMarked
package org.dyad.web.rights;

import org.jspecify.annotations.NullMarked;
