package org.dyad.plugins.breathing.session;

import static org.dyad.plugins.breathing.session.SessionTable.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.Permissions;
import org.jooq.DSLContext;

/** Saves breathing sessions and reads a client's history and comparison figures, for the current clinic. */
public final class SessionService {

    /** How far in the future a session may end (clocks differ a little). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final PluginContext context;
    private final PumpSource pumps;

    public SessionService(PluginContext context) {
        this(context, new SessionLogPumps(context));
    }

    SessionService(PluginContext context, PumpSource pumps) {
        this.context = context;
        this.pumps = pumps;
    }

    /**
     * Saves the session for its client. The pump link is kept only while session logging is enabled for the clinic;
     * otherwise the session is saved without it.
     */
    public BreathingSession save(SessionDraft draft) {
        context.currentUser().require(Permissions.USE);
        context.currentUser().requireClient(draft.clientId());
        if (draft.endedAt().isAfter(context.clock().instant().plus(FUTURE_TOLERANCE))) {
            throw new ValidationException("endedAt", "A session cannot end in the future.");
        }
        SessionDraft saved = draft.pumpEntryId() != null && !context.navigation().isEnabled(SessionLogPumps.MODULE)
                ? draft.withoutPump() : draft;
        long id = insert(saved);
        context.audit().record("breathing-coach.session.created", "session", id, saved.clientId(),
                saved.partial() ? "partial" : "complete");
        return new BreathingSession(id, saved.clientId(), saved.pattern().name(), saved.pattern().cycles(),
                saved.cyclesCompleted(), saved.partial(), saved.tensionBefore(), saved.tensionAfter(),
                saved.startedAt(), saved.endedAt(), saved.pumpEntryId());
    }

    /** Adds the "how tense do you feel now" answer given after the session was saved. */
    public void recordTensionAfter(long sessionId, int tension) {
        context.currentUser().require(Permissions.USE);
        if (tension < 1 || tension > 5) {
            throw new ValidationException("tensionAfter", "How tense you feel is a number from 1 (calm) to 5 (very tense).");
        }
        long clientId = data().select(CLIENT_ID).from(SESSION)
                .where(CLINIC_ID.eq(context.data().clinicId()).and(ID.eq(sessionId)))
                .fetchOptional(CLIENT_ID)
                .orElseThrow(() -> new ValidationException("", "This breathing session no longer exists."));
        context.currentUser().requireClient(clientId);
        data().update(SESSION).set(TENSION_AFTER, tension)
                .where(CLINIC_ID.eq(context.data().clinicId()).and(ID.eq(sessionId))).execute();
        context.audit().record("breathing-coach.session.updated", "session", sessionId, clientId, "tension after");
    }

    /** The client's sessions, newest first. Staff need the history permission; a parent sees their own. */
    public List<BreathingSession> history(long clientId) {
        requireHistory(clientId);
        List<BreathingSession> sessions = data().select(ALL).from(SESSION)
                .where(CLINIC_ID.eq(context.data().clinicId()).and(CLIENT_ID.eq(clientId)))
                .orderBy(STARTED_AT.desc(), ID.desc())
                .fetch(SessionTable::toSession);
        context.audit().record("breathing-coach.session.read", "session", null, clientId, "history");
        return sessions;
    }

    /** The consultant's figures for the client. */
    public Comparison comparison(long clientId) {
        context.currentUser().require(Permissions.HISTORY);
        return Comparison.of(history(clientId), pumps.pumpsOf(clientId));
    }

    private void requireHistory(long clientId) {
        boolean ownRecord = context.currentUser().clientId().map(own -> own == clientId).orElse(false);
        context.currentUser().require(ownRecord ? Permissions.USE : Permissions.HISTORY);
        context.currentUser().requireClient(clientId);
    }

    private long insert(SessionDraft draft) {
        var shape = draft.pattern().shape();
        return data().insertInto(SESSION)
                .set(CLINIC_ID, context.data().clinicId()).set(CLIENT_ID, draft.clientId())
                .set(PATTERN_KEY, draft.pattern().key()).set(PATTERN_NAME, shape.name())
                .set(INHALE, shape.inhale()).set(HOLD_IN, shape.holdIn())
                .set(EXHALE, shape.exhale()).set(HOLD_OUT, shape.holdOut())
                .set(CYCLES_PLANNED, shape.cycles()).set(CYCLES_COMPLETED, draft.cyclesCompleted())
                .set(PARTIAL, draft.partial())
                .set(TENSION_BEFORE, draft.tensionBefore()).set(TENSION_AFTER, draft.tensionAfter())
                .set(STARTED_AT, utc(draft.startedAt())).set(ENDED_AT, utc(draft.endedAt()))
                .set(PUMP_ENTRY_ID, draft.pumpEntryId())
                .set(RECORDED_BY, context.currentUser().userId())
                .returningResult(ID).fetchOne(ID);
    }

    private DSLContext data() {
        return context.data().dsl();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
