package org.dyad.testkit;

import org.dyad.api.AccessDeniedException;
import org.dyad.core.security.DyadUser;
import org.jspecify.annotations.Nullable;

/**
 * One cell of an {@link AccessMatrix}: who calls, about which client, with what the row's set-up prepared. The call
 * runs with {@link #actor()} signed in on the calling thread (nobody for {@link Actor#ANONYMOUS}), so a plugin's
 * {@code PluginContext} sees exactly that user.
 *
 * @since 1.0.0
 */
public final class MatrixCell {

    private final Actor actor;
    private final MatrixCast cast;
    private final long babyId;
    private final @Nullable Object given;

    MatrixCell(Actor actor, MatrixCast cast, long babyId, @Nullable Object given) {
        this.actor = actor;
        this.cast = cast;
        this.babyId = babyId;
        this.given = given;
    }

    public Actor actor() {
        return actor;
    }

    /**
     * The signed-in user, as the host's views take it ({@code CurrentUsers.require()}): for {@link Actor#ANONYMOUS}
     * this throws the same {@link AccessDeniedException} ("Please sign in.").
     */
    public DyadUser user() {
        DyadUser user = cast.user(actor);
        if (user == null) {
            throw new AccessDeniedException("Please sign in.");
        }
        return user;
    }

    /** Everyone of this cell's matrix; {@code cast().parentA()} is the target client's own parent. */
    public MatrixCast cast() {
        return cast;
    }

    /** The target client: parent A's (a fresh one per cell for rows with {@link MatrixRow#freshClient}). */
    public long clientId() {
        return cast.clientId();
    }

    /** The target client's first baby. */
    public long babyId() {
        return babyId;
    }

    /** The target clinic (A). */
    public long clinicId() {
        return cast.clinicId();
    }

    /** What the row's {@link MatrixRow#given} set-up returned for this cell. */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public <G> G given() {
        if (given == null) {
            throw new IllegalStateException("This row has no given(...) set-up, or it returned null.");
        }
        return (G) given;
    }

    @Override
    public String toString() {
        return actor.name();
    }
}
