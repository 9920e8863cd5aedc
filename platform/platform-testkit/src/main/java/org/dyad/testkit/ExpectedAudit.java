package org.dyad.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An audit event an allowed call of an {@link AccessMatrix} row must write: by default the action, about the cell's
 * target client, by the signed-in user.
 *
 * @since 1.0.0
 */
public final class ExpectedAudit {

    private final String action;
    private BiFunction<MatrixCell, @Nullable Object, @Nullable Long> client = (cell, result) -> cell.clientId();
    private boolean bySystem;
    private @Nullable Set<Actor> only;

    private ExpectedAudit(String action) {
        this.action = action;
    }

    /** The action, e.g. {@code session-log.entry.created}, about the cell's target client. */
    public static ExpectedAudit of(String action) {
        return new ExpectedAudit(action);
    }

    /** The event's client id, from the cell and the call's result ({@code null}: the event has no client). */
    public ExpectedAudit client(BiFunction<MatrixCell, @Nullable Object, @Nullable Long> clientOf) {
        this.client = clientOf;
        return this;
    }

    /** The event concerns the clinic as a whole (a dashboard, a list): its client id is empty. */
    public ExpectedAudit clinicWide() {
        return client((cell, result) -> null);
    }

    /** The event is about the signed-in parent's own client (for calls that take no client id). */
    public ExpectedAudit ownClient() {
        return client((cell, result) -> cell.user().clientId());
    }

    /** The host records the event without an actor (e.g. redeeming an invitation). */
    public ExpectedAudit bySystem() {
        this.bySystem = true;
        return this;
    }

    /** Only these allowed actors' calls must write it (e.g. a parent's own reading list; staff touch no client). */
    public ExpectedAudit onlyFor(Actor... actors) {
        this.only = actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(List.of(actors));
        return this;
    }

    String action() {
        return action;
    }

    boolean appliesTo(Actor actor) {
        return only == null || only.contains(actor);
    }

    @Nullable Long clientOf(MatrixCell cell, @Nullable Object result) {
        return client.apply(cell, result);
    }

    boolean writtenBySystem() {
        return bySystem;
    }
}
