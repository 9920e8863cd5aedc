@NullMarked
package org.dyad.web.admin;

import org.jspecify.annotations.NullMarked;
