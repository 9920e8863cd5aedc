package org.dyad.core.portal;

import java.time.Instant;

/** A freshly created invitation: the token is shown once (and e-mailed when mail is configured), never stored. */
public record Invitation(long id, long clientId, String token, Instant expiresAt, boolean emailed) {

    /** The path the parent opens, e.g. {@code /invite/abc…}. */
    public String path() {
        return "invite/" + token;
    }
}
