/** The Dyad web application: staff workspace, parent portal and administration, hosting plugin views. */
@NullMarked
package org.dyad.web;

import org.jspecify.annotations.NullMarked;
