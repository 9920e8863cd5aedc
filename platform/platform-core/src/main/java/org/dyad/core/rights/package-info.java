/**
 * A client's data rights: a complete export of their data across the core and every enabled module, and an erasure
 * that leaves no row of theirs in any table (audit events excepted, see {@code docs/reliability.md}).
 */
@NullMarked
package org.dyad.core.rights;

import org.jspecify.annotations.NullMarked;
