/** The example plugin that docs/plugin-guide.md walks through: notes on a client, one staff page, one portal card. */
@NullMarked
package org.dyad.plugins.example;

import org.jspecify.annotations.NullMarked;
