package org.dyad.plugins.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.plugins.notes.Tables.B;
import org.dyad.plugins.notes.Tables.N;

/** What is shown about one client's notes as a whole: the visit list, the shared care plans and the trends. */
final class ClientNotes {

    private final PluginContext context;
    private final Guard guard;

    ClientNotes(PluginContext context) {
        this.context = context;
        this.guard = new Guard(context);
    }

    /** Date, type, consultant and status of every visit, newest first: no clinical content. */
    List<VisitSummary> visits(long clientId) {
        guard.requireAny(Permissions.READ, Permissions.VISITS);
        guard.requireClient(clientId);
        guard.audit("visits.read", "client", clientId, clientId);
        long clinicId = context.data().clinicId();
        return context.data().dsl().select(N.ID, N.VISIT_DATE, N.TEMPLATE_NAME, N.AUTHOR_NAME, N.STATUS).from(N.T)
                .where(N.CLINIC_ID.eq(clinicId), N.CLIENT_ID.eq(clientId))
                .orderBy(N.VISIT_DATE.desc(), N.ID.desc())
                .fetch(row -> new VisitSummary(row.get(N.ID), row.get(N.VISIT_DATE), row.get(N.TEMPLATE_NAME),
                        row.get(N.AUTHOR_NAME), NoteStatus.valueOf(row.get(N.STATUS))));
    }

    /** The care plans shared with the family, the current one first. */
    List<CarePlan> carePlans(long clientId) {
        guard.requireAny(Permissions.CARE_PLAN, Permissions.READ);
        guard.requireClient(clientId);
        guard.audit("care-plan.read", "client", clientId, clientId);
        return context.data().dsl().select(N.ID, N.VISIT_DATE, N.AUTHOR_NAME, N.PLAN, N.PLAN_SHARED_AT).from(N.T)
                .where(N.CLINIC_ID.eq(context.data().clinicId()), N.CLIENT_ID.eq(clientId),
                        N.PLAN_SHARED_AT.isNotNull(), N.STATUS.eq(NoteStatus.SIGNED.name()))
                .orderBy(N.VISIT_DATE.desc(), N.PLAN_SHARED_AT.desc())
                .fetch(row -> new CarePlan(row.get(N.ID), row.get(N.VISIT_DATE), row.get(N.AUTHOR_NAME),
                        row.get(N.PLAN), Tables.instant(row.get(N.PLAN_SHARED_AT))));
    }

    /** Each baby's weight, LATCH total and milk transfer per visit, with the session log's weights, oldest first. */
    List<TrendPoint> trends(long clientId) {
        guard.require(Permissions.READ);
        guard.requireClient(clientId);
        guard.audit("trends.read", "client", clientId, clientId);
        List<TrendPoint> points = new ArrayList<>(visitFigures(clientId));
        Map<Long, String> names = context.client(clientId).babies().stream()
                .collect(Collectors.toMap(ClientRef.BabyRef::babyId, ClientRef.BabyRef::name));
        points.addAll(new SessionLogWeights(context).forClient(clientId, names));
        points.sort(Comparator.comparing(TrendPoint::date).thenComparing(TrendPoint::babyId));
        return points;
    }

    private List<TrendPoint> visitFigures(long clientId) {
        return context.data().dsl().select(N.VISIT_DATE, B.BABY_ID, B.BABY_NAME, B.WEIGHT_G, B.ORAL, B.FINDINGS,
                        B.PRE_FEED_G, B.POST_FEED_G, B.L, B.A, B.TY, B.C, B.H).from(N.T)
                .join(B.T).on(B.NOTE_ID.eq(N.ID), B.CLINIC_ID.eq(N.CLINIC_ID))
                .where(N.CLINIC_ID.eq(context.data().clinicId()), N.CLIENT_ID.eq(clientId))
                .orderBy(N.VISIT_DATE, N.ID, B.BABY_ID)
                .fetch(row -> TrendPoint.of(row.get(N.VISIT_DATE), NoteRows.section(row)))
                .stream().filter(TrendPoint::hasFigures).toList();
    }
}
