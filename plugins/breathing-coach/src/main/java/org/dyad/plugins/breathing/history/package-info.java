/** The staff client-record tab: a client's breathing history and the comparison figures. */
@NullMarked
package org.dyad.plugins.breathing.history;

import org.jspecify.annotations.NullMarked;
