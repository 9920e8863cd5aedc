package org.dyad.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.api.AccessDeniedException;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.AuditEventRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs the cells of an {@link AccessMatrix}, one row × actor at a time, and collects what went against the row. */
final class MatrixRun {

    private final MatrixCast cast;
    private final MatrixDatabase db;
    private final FreshClients fresh;
    private final List<String> problems;
    int cells;
    int allowedCells;
    int refusedCells;
    int auditChecked;

    MatrixRun(MatrixCast cast, MatrixDatabase db, FreshClients fresh, List<String> problems) {
        this.cast = cast;
        this.db = db;
        this.fresh = fresh;
        this.problems = problems;
    }

    void row(MatrixRow row) {
        for (Actor actor : Actor.values()) {
            cells++;
            try {
                cell(row, actor);
            } catch (RuntimeException | AssertionError e) {
                problems.add(row.name() + " as " + actor + ": the cell could not run: " + describe(e));
            }
        }
    }

    private void cell(MatrixRow row, Actor actor) {
        MatrixCast target = row.freshClient == null ? cast : fresh.create(cast, row.freshClient);
        long babyId = db.firstBabyOf(target.clientId());
        Object given = null;
        if (row.setup != null && row.setupActor != null) {
            Actor setupActor = row.setupActor;
            MatrixCell setupCell = new MatrixCell(setupActor, target, babyId, null);
            given = as(target.user(setupActor), () -> row.setup.prepare(setupCell));
        }
        MatrixCell cell = new MatrixCell(actor, target, babyId, given);
        boolean allowed = Objects.requireNonNull(row.allowed).contains(actor);
        long mark = db.auditMark();
        Map<String, Long> before = allowed ? Map.of() : db.checksums();
        Object result;
        try {
            result = as(target.user(actor), () -> Objects.requireNonNull(row.call).run(cell));
        } catch (RuntimeException e) {
            if (allowed) {
                problems.add(row.name() + " as " + actor + ": should be allowed but threw " + describe(e));
            } else {
                refused(row, actor, e, mark, before);
            }
            return;
        }
        if (!allowed) {
            problems.add(row.name() + " as " + actor + ": should be refused but was allowed");
            return;
        }
        allowedCells++;
        audited(row, cell, result, mark);
        if (row.check != null) {
            MatrixRow.Check check = row.check;
            try {
                as(target.user(actor), () -> {
                    check.verify(cell, result);
                    return null;
                });
            } catch (AssertionError | RuntimeException e) {
                problems.add(row.name() + " as " + actor + ": check failed: " + describe(e));
            }
        }
    }

    private void refused(MatrixRow row, Actor actor, RuntimeException e, long mark, Map<String, Long> before) {
        boolean accepted = e instanceof AccessDeniedException
                || (!actor.inClinicA() && row.outsiderRefusal != null && row.outsiderRefusal.isInstance(e));
        if (!accepted) {
            problems.add(row.name() + " as " + actor + ": refused with " + describe(e)
                    + " instead of AccessDeniedException");
            return;
        }
        refusedCells++;
        Map<String, Long> after = db.checksums();
        List<String> changed = before.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t)))
                .toList();
        if (!changed.isEmpty()) {
            problems.add(row.name() + " as " + actor + ": refused, yet it changed " + changed);
        }
        Set<String> success = row.audits.stream().map(ExpectedAudit::action).collect(Collectors.toSet());
        List<String> written = db.auditSince(mark).stream().map(AuditEventRecord::getAction)
                .filter(success::contains).toList();
        if (!written.isEmpty()) {
            problems.add(row.name() + " as " + actor + ": refused, yet it audited " + written + " as if done");
        }
    }

    private void audited(MatrixRow row, MatrixCell cell, @Nullable Object result, long mark) {
        List<AuditEventRecord> events = db.auditSince(mark);
        for (ExpectedAudit expected : row.audits) {
            if (!expected.appliesTo(cell.actor())) {
                continue;
            }
            Long client = expected.clientOf(cell, result);
            Long actorId = expected.writtenBySystem() ? null : cell.user().id();
            boolean found = events.stream().anyMatch(e -> e.getAction().equals(expected.action())
                    && Objects.equals(e.getClientId(), client) && Objects.equals(e.getActorUserId(), actorId));
            if (found) {
                auditChecked++;
            } else {
                problems.add(row.name() + " as " + cell.actor() + ": no audit event '" + expected.action()
                        + "' for client " + client + " by " + (actorId == null ? "the system" : "user " + actorId)
                        + "; written: " + events.stream().map(e -> e.getAction() + "(client " + e.getClientId() + ")")
                        .toList());
            }
        }
    }

    /** Runs the work with the user signed in on this thread (nobody when null), restoring the previous state. */
    static <T> T as(@Nullable DyadUser user, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (user != null) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
