package org.dyad.plugins.breathing.session;

import java.util.List;
import java.util.Optional;

/** Where the pumped volumes come from: session logging, when a clinic has it. */
interface PumpSource {

    /** The client's pump entries, or empty when session logging is not available to the clinic. */
    Optional<List<PumpVolume>> pumpsOf(long clientId);

}
