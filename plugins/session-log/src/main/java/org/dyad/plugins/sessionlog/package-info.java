/**
 * The session logging module: breastfeeds, pumping, bottles, diapers and weights of a dyad — a one-thumb log for
 * parents and the supply-and-demand picture for consultants. This package holds the PF4J extensions; the feature
 * packages hold the log ({@code log}), the clinical picture ({@code stats}), CSV ({@code csv}) and the views
 * ({@code ui}).
 */
@NullMarked
package org.dyad.plugins.sessionlog;

import org.jspecify.annotations.NullMarked;
