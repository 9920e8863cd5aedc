/**
 * The log itself: entry kinds and their rules, storage, the server-side breastfeed timer, and the services that check
 * permissions and client access and audit every read and write.
 */
@NullMarked
package org.dyad.plugins.sessionlog.log;

import org.jspecify.annotations.NullMarked;
