package org.dyad.plugins.breathing.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures the consultant sees: the average change in tension over sessions that have both checks, and, when
 * session logging is on, the average pumped volume after pumps preceded by breathing and after the others.
 *
 * @param tensionChange mean of (after − before); negative means calmer
 * @param afterBreathing pumped volume of pumps linked to a breathing session; empty without session logging
 * @param withoutBreathing pumped volume of the other pumps; empty without session logging
 */
public record Comparison(Average tensionChange, Optional<Average> afterBreathing, Optional<Average> withoutBreathing) {

    static Comparison of(List<BreathingSession> sessions, Optional<List<PumpVolume>> pumps) {
        Average tension = Average.of(sessions.stream().map(BreathingSession::tensionChange)
                .filter(Objects::nonNull).toList());
        Set<Long> linked = sessions.stream().map(BreathingSession::pumpEntryId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Comparison(tension,
                pumps.map(all -> volumes(all, linked, true)),
                pumps.map(all -> volumes(all, linked, false)));
    }

    private static Average volumes(List<PumpVolume> pumps, Set<Long> linked, boolean preceded) {
        return Average.of(pumps.stream().filter(p -> linked.contains(p.entryId()) == preceded)
                .map(PumpVolume::volumeMl).toList());
    }
}
