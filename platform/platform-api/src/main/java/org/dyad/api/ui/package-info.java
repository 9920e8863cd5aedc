/**
 * Server-rendered UI pieces plugins may use without a frontend build: they render plain HTML/SVG on the server and
 * need no web component outside Vaadin's pre-compiled bundle.
 *
 * @since 1.0
 */
@NullMarked
package org.dyad.api.ui;

import org.jspecify.annotations.NullMarked;
