/**
 * Consultant notes: dyad charting for lactation consultants — SOAP visit notes with a parent section and a section per
 * baby, weighed feeds, LATCH, sign and lock with addenda, a care plan shared with the parent and a physician report.
 */
@NullMarked
package org.dyad.plugins.notes;

import org.jspecify.annotations.NullMarked;
