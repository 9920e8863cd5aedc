/** The views: the parent's one-thumb portal log, the staff log with filters and charts, and the cards. */
@NullMarked
package org.dyad.plugins.sessionlog.ui;

import org.jspecify.annotations.NullMarked;
