/**
 * The clinical picture computed from the log: time since the last feed and the next side, daily and night totals in
 * the clinic's time zone, the weight trajectory against birth weight, and the dyads that need a look.
 */
@NullMarked
package org.dyad.plugins.sessionlog.stats;

import org.jspecify.annotations.NullMarked;
