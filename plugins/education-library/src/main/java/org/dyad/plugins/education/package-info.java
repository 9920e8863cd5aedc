/**
 * The education library: articles on how milk is made, written in Markdown, published with version history, assigned
 * by consultants to a client with a personal note and read by parents on the portal.
 *
 * <p>Platform starter articles ship as Markdown resources in this jar ({@code starter/}). Each clinic gets its own
 * read-only copy (marked by {@code starter_key}), so every row the plugin stores carries a {@code clinic_id}: a clinic
 * can hide a starter article without touching another clinic, and search ranks all of a clinic's articles in one
 * full-text index.
 */
@NullMarked
package org.dyad.plugins.education;

import org.jspecify.annotations.NullMarked;
