package org.dyad.plugins.breathing.session;

/** A pump entry of session logging and the volume it yielded. */
public record PumpVolume(long entryId, int volumeMl) {
}
