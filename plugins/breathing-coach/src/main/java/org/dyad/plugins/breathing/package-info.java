/**
 * The breathing coach: a guided, paced breathing exercise before a feed or a pump, saved to the parent's record.
 */
@NullMarked
package org.dyad.plugins.breathing;

import org.jspecify.annotations.NullMarked;
