package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The breastfeed timer that lives on the server: start, switch side, stop (becomes a breastfeed) or discard. With a
 * request key (made by the page, kept until the action succeeds) start and stop are safe to press again after "not
 * saved": the second press finds what the first one stored.
 */
public final class TimerService {

    private final PluginContext context;

    public TimerService(PluginContext context) {
        this.context = context;
    }

    /** The client's running timers (at most one per baby); audited as a read. */
    public List<RunningTimer> running(long clientId) {
        Access.requireRead(context.currentUser(), clientId);
        List<RunningTimer> timers = repository().ofClient(context.data().dsl(), clientId);
        context.audit().record("session-log.timers.read", "session-log-timer", null, clientId,
                timers.size() + " running");
        return timers;
    }

    public RunningTimer start(long clientId, long babyId, Side side) {
        return start(clientId, babyId, side, null);
    }

    /**
     * Starts the baby's timer; when one is already running it is returned if it was started with {@code requestKey}
     * (this is a retry), otherwise the start is refused.
     */
    public RunningTimer start(long clientId, long babyId, Side side, @Nullable UUID requestKey) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        RunningTimer timer = RunningTimer.start(babyId, clientId, side, now);
        Optional<RunningTimer> started = context.data().inTransaction(dsl -> {
            if (new EntryRepository(context.data().clinicId()).clientOfBaby(dsl, babyId)
                    .filter(owner -> owner == clientId).isEmpty()) {
                throw new ValidationException("babyId", "Choose one of this client's babies.");
            }
            if (repository().insert(dsl, timer, context.currentUser().userId(), requestKey)) {
                context.audit().record("session-log.timer.started", "session-log-timer", babyId, clientId, null);
                return Optional.of(timer);
            }
            return requestKey != null && repository().startedWith(dsl, clientId, babyId, requestKey)
                    ? repository().lock(dsl, clientId, babyId) : Optional.<RunningTimer>empty();
        });
        return started.orElseThrow(() -> new ValidationException("", "A timer is already running for this baby."));
    }

    public RunningTimer switchSide(long clientId, long babyId) {
        return switchTo(clientId, babyId, null);
    }

    /**
     * Moves the baby to {@code side} (null: to the other side). Moving to the side the baby is already on changes
     * nothing, so pressing "switch" again after "not saved" does not switch back.
     */
    public RunningTimer switchTo(long clientId, long babyId, @Nullable Side side) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        RunningTimer switched = context.data().inTransaction(dsl -> {
            RunningTimer current = locked(dsl, clientId, babyId);
            if (current.side() == side) {
                return current;
            }
            RunningTimer next = current.switched(now);
            repository().update(dsl, next);
            context.audit().record("session-log.timer.switched", "session-log-timer", babyId, clientId, null);
            return next;
        });
        return switched;
    }

    /** Stops the timer and logs the breastfeed, both or neither. */
    public LoggedEntry stop(long clientId, long babyId) {
        return stop(clientId, babyId, null);
    }

    /**
     * Stops the timer and logs the breastfeed under {@code requestKey}, both or neither. When no timer is running but
     * a breastfeed was logged under the key, this is a retry of a stop that was stored: that breastfeed is returned.
     */
    public LoggedEntry stop(long clientId, long babyId, @Nullable UUID requestKey) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        SessionLogService log = new SessionLogService(context);
        return context.data().inTransaction(dsl -> {
            Optional<RunningTimer> timer = repository().lock(dsl, clientId, babyId);
            if (timer.isEmpty() && requestKey != null) {
                Optional<LoggedEntry> logged = log.storedUnder(dsl, clientId, requestKey);
                if (logged.isPresent()) {
                    return logged.get();
                }
            }
            Breastfeed feed = timer.orElseThrow(TimerService::noTimer).stop(now);
            repository().delete(dsl, clientId, babyId);
            return log.add(clientId, feed, requestKey);
        });
    }

    /** Throws the timer away without logging anything. */
    public void discard(long clientId, long babyId) {
        Access.requireWrite(context.currentUser(), clientId);
        context.data().inTransaction(dsl -> repository().delete(dsl, clientId, babyId));
        context.audit().record("session-log.timer.discarded", "session-log-timer", babyId, clientId, null);
    }

    private RunningTimer locked(org.jooq.DSLContext dsl, long clientId, long babyId) {
        return repository().lock(dsl, clientId, babyId).orElseThrow(TimerService::noTimer);
    }

    private static ValidationException noTimer() {
        return new ValidationException("", "No timer is running for this baby.");
    }

    private TimerRepository repository() {
        return new TimerRepository(context.data().clinicId());
    }

    /** The running timer of a baby, if any. */
    public Optional<RunningTimer> runningFor(long clientId, long babyId) {
        return running(clientId).stream().filter(t -> t.babyId() == babyId).findFirst();
    }
}
