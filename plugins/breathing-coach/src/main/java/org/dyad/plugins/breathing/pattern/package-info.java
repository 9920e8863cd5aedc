/** Breathing patterns: the built-in ones, a clinic's own, and the clinic default. */
@NullMarked
package org.dyad.plugins.breathing.pattern;

import org.jspecify.annotations.NullMarked;
