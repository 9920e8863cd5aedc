/** Breathing sessions, their before-and-after tension, and the link to a pump entry of session logging. */
@NullMarked
package org.dyad.plugins.breathing.session;

import org.jspecify.annotations.NullMarked;
