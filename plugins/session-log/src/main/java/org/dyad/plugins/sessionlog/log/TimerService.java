package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;

/** The breastfeed timer that lives on the server: start, switch side, stop (becomes a breastfeed) or discard. */
public final class TimerService {

    private final PluginContext context;

    public TimerService(PluginContext context) {
        this.context = context;
    }

    /** The client's running timers (at most one per baby). */
    public List<RunningTimer> running(long clientId) {
        Access.requireRead(context.currentUser(), clientId);
        return repository().ofClient(context.data().dsl(), clientId);
    }

    public RunningTimer start(long clientId, long babyId, Side side) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        RunningTimer timer = RunningTimer.start(babyId, clientId, side, now);
        boolean started = context.data().inTransaction(dsl -> {
            if (new EntryRepository(context.data().clinicId()).clientOfBaby(dsl, babyId)
                    .filter(owner -> owner == clientId).isEmpty()) {
                throw new ValidationException("babyId", "Choose one of this client's babies.");
            }
            return repository().insert(dsl, timer, context.currentUser().userId());
        });
        if (!started) {
            throw new ValidationException("", "A timer is already running for this baby.");
        }
        context.audit().record("session-log.timer.started", "session-log-timer", babyId, clientId, null);
        return timer;
    }

    public RunningTimer switchSide(long clientId, long babyId) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        RunningTimer switched = context.data().inTransaction(dsl -> {
            RunningTimer next = locked(dsl, clientId, babyId).switched(now);
            repository().update(dsl, next);
            return next;
        });
        context.audit().record("session-log.timer.switched", "session-log-timer", babyId, clientId, null);
        return switched;
    }

    /** Stops the timer and logs the breastfeed, both or neither. */
    public LoggedEntry stop(long clientId, long babyId) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        SessionLogService log = new SessionLogService(context);
        return context.data().inTransaction(dsl -> {
            Breastfeed feed = locked(dsl, clientId, babyId).stop(now);
            repository().delete(dsl, clientId, babyId);
            return log.add(clientId, feed);
        });
    }

    /** Throws the timer away without logging anything. */
    public void discard(long clientId, long babyId) {
        Access.requireWrite(context.currentUser(), clientId);
        context.data().inTransaction(dsl -> repository().delete(dsl, clientId, babyId));
        context.audit().record("session-log.timer.discarded", "session-log-timer", babyId, clientId, null);
    }

    private RunningTimer locked(org.jooq.DSLContext dsl, long clientId, long babyId) {
        return repository().lock(dsl, clientId, babyId)
                .orElseThrow(() -> new ValidationException("", "No timer is running for this baby."));
    }

    private TimerRepository repository() {
        return new TimerRepository(context.data().clinicId());
    }

    /** The running timer of a baby, if any. */
    public Optional<RunningTimer> runningFor(long clientId, long babyId) {
        return running(clientId).stream().filter(t -> t.babyId() == babyId).findFirst();
    }
}
