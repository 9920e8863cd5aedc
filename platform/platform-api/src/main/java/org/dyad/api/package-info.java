/**
 * The Dyad plugin SDK: the only package a plugin compiles against.
 *
 * <p>Stability: every public type here is part of the SDK's semantic version ({@link org.dyad.api.SdkVersion}).
 * Within a major version the SDK evolves only by adding types and {@code default} methods.
 *
 * @since 1.0
 */
@NullMarked
package org.dyad.api;

import org.jspecify.annotations.NullMarked;
