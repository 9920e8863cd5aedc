@NullMarked
package org.dyad.web.demo;

import org.jspecify.annotations.NullMarked;
